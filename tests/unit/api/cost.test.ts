import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { COST, costLimitError, queryCost } from '../../../src/api/cost.js';
import { buildSchema } from '../../../src/api/schema.js';

const schema = buildSchema();

function cost(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  return queryCost(schema, document, operation, variables);
}

describe('queryCost: the objects an answer may hold', () => {
  it('scalars cost nothing; each object 1; a list without first counts COST.listItems', () => {
    expect(cost('{ stats { nodes relationships } }').cost).toBe(1);
    expect(cost('{ node(id: "x") { id } }').cost).toBe(1);
    // 1 person + 5 roles + 5 × 5 evidence spans.
    expect(cost('{ person(id: "x") { name roles { title evidence { quote } } } }').cost).toBe(
      1 + COST.listItems + COST.listItems ** 2,
    );
  });

  it("a connection's first is the length of its edges; absent, the default page (20)", () => {
    // 1 connection + 100 edges + 100 nodes + 1 pageInfo.
    expect(
      cost('{ people(first: 100) { totalCount pageInfo { hasNextPage } edges { node { id } } } }')
        .cost,
    ).toBe(202);
    expect(cost('{ people { edges { node { id } } } }').cost).toBe(41);
  });

  it('first as a variable costs what the variable asks; its default when not sent', () => {
    const query = 'query($n: Int = 7) { search(text: "x", first: $n) { node { id } } }';
    expect(cost(query, { n: 100 }).cost).toBe(200);
    expect(cost(query).cost).toBe(14);
    // paths' own default is 10, search's 20.
    expect(cost('{ paths(from: "a", to: "b") { length } }').cost).toBe(10);
    expect(cost('{ search(text: "x") { score } }').cost).toBe(20);
  });

  it('a first out of range is priced at the bound (the argument check refuses it anyway)', () => {
    expect(
      cost('query($n: Int) { search(text: "x", first: $n) { score } }', { n: 10 ** 9 }).cost,
    ).toBe(100);
  });

  it('on an interface the costliest type counts, not every fragment added up', () => {
    const query = `{ search(text: "x", first: 10) { node {
      ... on Person { evidence { quote } }
      ... on Statement { evidence { quote } about { target { id } } } } } }`;
    // 10 hits + 10 nodes + the Statement branch: 50 evidence + 50 about + 50 targets.
    expect(cost(query).cost).toBe(10 + 10 + 150);
  });

  it('a field asked twice, directly and through a fragment, is answered once', () => {
    const once = cost('{ person(id: "x") { roles { title } } }').cost;
    expect(
      cost('{ person(id: "x") { roles { title } ...R } } fragment R on Person { roles { id } }')
        .cost,
    ).toBe(once);
  });

  it('introspection costs nothing', () => {
    expect(cost('{ __schema { types { name fields { name } } } __typename }').cost).toBe(0);
  });

  it('names the costliest lists, with their paths (aliases as written)', () => {
    const result = cost(
      '{ a: people(first: 10) { edges { node { meetings { participants { node { id } } } } } } }',
    );
    expect(result.fields.slice(0, 3)).toEqual([
      { path: 'a.edges', items: 10, cost: 570 },
      { path: 'a.edges.node.meetings', items: 50, cost: 550 },
      { path: 'a.edges.node.meetings.participants', items: 250, cost: 500 },
    ]);
  });
});

describe('costLimitError', () => {
  it('is COST_LIMIT, a client error (400), with the cost, the limit and the costliest lists', () => {
    const result = cost(
      '{ people(first: 100) { edges { node { meetings { participants { node { id } evidence { quote } } } } } } }',
    );
    const error = costLimitError(result, 10_000);
    expect(error.extensions).toMatchObject({
      code: 'COST_LIMIT',
      cost: 18_201,
      limit: 10_000,
      http: { status: 400 },
    });
    expect(error.extensions.costliest).toHaveLength(3);
    expect(error.message).toMatch(/^Query cost 18,201 is over the limit of 10,000\./);
    expect(error.message).toContain(
      'Costliest: people.edges (18,200: 100 items), people.edges.node.meetings (18,000: 500 items)',
    );
  });
});
