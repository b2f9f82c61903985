import { describe, expect, it } from 'vitest';
import { API_LIMITS } from '../../src/api/index.js';
import { gql, useSeededApi } from '../support/api.js';

/**
 * The cost limit (src/api/cost.ts): the documented largest page, 100 items with their evidence,
 * answers; a query that could return too much is refused before it runs, with a typed error that
 * says its cost, the limit and which lists cost most.
 */
const seeded = useSeededApi();

const EVIDENCE = 'evidence { quote start end source { id title } }';
const DATE = 'value precision start end text inferred inferredFrom approximate';

/** Each paginated question at first: 100, asking every field and the evidence of each fact. */
const LARGEST_PAGES: Record<string, string> = {
  statements: `query($n: Int) { statements(first: $n) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
    id text textKind medium saidAt { ${DATE} } speaker { id } onBehalfOf { id } at { id }
    about { stance claim inferred inferredFrom target { id } ${EVIDENCE} } ${EVIDENCE} } } } }`,
  meetings: `query($n: Int) { meetings(first: $n) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
    id name date { ${DATE} } place count isClaim claimedBy { id } partOf { id }
    participants { role node { id } ${EVIDENCE} } ${EVIDENCE} } } } }`,
  people: `query($n: Int) { people(first: $n) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
    id name aliases nameInferred description ${EVIDENCE} roles { id title during { ${DATE} } ${EVIDENCE} } } } } }`,
  search: `query($n: Int) { search(text: "Sessions", first: $n) { score field evidence { quote start end source { id } }
    node { id ... on Person { name ${EVIDENCE} } ... on Statement { text ${EVIDENCE} } ... on Meeting { name ${EVIDENCE} }
      ... on Event { name ${EVIDENCE} } ... on Role { title ${EVIDENCE} } } } }`,
};

describe('the largest documented page, with evidence, answers', () => {
  it.each(Object.entries(LARGEST_PAGES))('%s(first: 100)', async (_name, query) => {
    const response = await gql(seeded.api(), query, { n: 100 });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it('also written as a literal', async () => {
    const query = (LARGEST_PAGES.statements as string)
      .replace('query($n: Int) ', '')
      .replace('first: $n', 'first: 100');
    const response = await gql(seeded.api(), query);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  });
});

describe('a query over the cost limit', () => {
  // 1 connection + 100 edges + 100 people + 500 meetings (5 per list without `first`)
  // + 2,500 participants + 2,500 nodes + 12,500 evidence spans = 18,201.
  const TOO_COSTLY =
    'query($n: Int) { people(first: $n) { edges { node { meetings { participants { node { id } evidence { quote } } } } } } }';

  it('is refused before it runs: COST_LIMIT with the cost, the limit and the costliest lists', async () => {
    const before = seeded.api().executor.roundTrips;
    const response = await gql(seeded.api(), TOO_COSTLY, { n: 100 });
    expect(seeded.api().executor.roundTrips, 'the database was not touched').toBe(before);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    const [error] = response.errors ?? [];
    expect(error?.extensions).toMatchObject({
      code: 'COST_LIMIT',
      cost: 18_201,
      limit: API_LIMITS.maxCost,
      costliest: [
        { path: 'people.edges', items: 100, cost: 18_200 },
        { path: 'people.edges.node.meetings', items: 500, cost: 18_000 },
        { path: 'people.edges.node.meetings.participants', items: 2_500, cost: 17_500 },
      ],
    });
    expect(error?.message).toBe(
      'Query cost 18,201 is over the limit of 10,000. The cost counts the objects an answer may hold: ' +
        'a page as many as its first (default 20), any other list 5 each. Costliest: ' +
        'people.edges (18,200: 100 items), people.edges.node.meetings (18,000: 500 items), ' +
        'people.edges.node.meetings.participants (17,500: 2,500 items). ' +
        'Ask for a smaller page (first), fewer nested lists, or split the query.',
    );
    expect(error?.message).not.toMatch(/Syntax Error/);
  });

  it('is priced with its variables: the same query with first: 10 answers', async () => {
    const response = await gql(seeded.api(), TOO_COSTLY, { n: 10 });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  });

  it('counts every alias: twelve affordable pages are one unaffordable query', async () => {
    const page =
      'people(first: 100) { edges { node { evidence { quote } statements { text evidence { quote } } } } }';
    const one = await gql(seeded.api(), `{ ${page} }`);
    expect(one.errors, JSON.stringify(one.errors)).toBeUndefined();
    const twelve = await gql(
      seeded.api(),
      `{ ${Array.from({ length: 12 }, (_, i) => `p${i}: ${page}`).join(' ')} }`,
    );
    expect(twelve.errors?.[0]?.extensions?.code).toBe('COST_LIMIT');
    expect(twelve.errors?.[0]?.message).toMatch(/Costliest: p\d+\.edges \(/);
  });
});
