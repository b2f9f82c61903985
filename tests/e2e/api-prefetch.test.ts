import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute, parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../bench/api/questions.js';
import { buildSchema, createLoaders } from '../../src/api/index.js';
import { silentReporter } from '../../src/log.js';
import { bundledDatasets, prepareDatasets, seed } from '../../src/loader/index.js';
import { writeSynthetic } from '../../bench/synthetic/write.js';
import { gql, useSeededApi } from '../support/api.js';
import { clearGraph } from '../support/graph.js';

/**
 * person(id) with meetings fetches every level it asks for in one query and primes the
 * DataLoaders (src/api/prefetch.ts). node(id) { ... on Person } takes the DataLoader path, level
 * by level: both must give the same answer, in the same order.
 */
const seeded = useSeededApi();
// The synthetic dataset must not outlive this file: other files count what the graph holds.
afterAll(() => clearGraph(seeded.driver, seeded.database));

const selection = `name meetings { id name date { value precision } participants { role evidence { quote } node { id ... on Person { name statements { id text saidAt { value } about { stance target { id } } } } } } }`;
const viaPrefetch = `query($id: ID!) { person(id: $id) { ${selection} } }`;
const viaLoaders = `query($id: ID!) { node(id: $id) { ... on Person { ${selection} } } }`;

const schema = buildSchema();
/** The answer with every property of every record (no projection plugin): what it was before. */
async function whole(query: string, variables: Record<string, unknown>) {
  const executor = seeded.api().executor;
  const result = await execute({
    schema,
    document: parse(query),
    variableValues: variables,
    contextValue: { executor, loaders: createLoaders(executor), requestId: 'test' },
  });
  return JSON.parse(JSON.stringify(result)) as { data?: unknown; errors?: unknown };
}

async function both(id: string) {
  const prefetched = await gql<{ person: unknown }>(seeded.api(), viaPrefetch, { id });
  const loaded = await gql<{ node: unknown }>(seeded.api(), viaLoaders, { id });
  expect(prefetched.errors).toBeUndefined();
  expect(loaded.errors).toBeUndefined();
  return { prefetched: prefetched.data?.person, loaded: loaded.data?.node };
}

describe('the nested person query, prefetched in one round trip', () => {
  it('answers exactly as the level-by-level DataLoader path, on the report', async () => {
    for (const id of [
      'person:jeff-sessions',
      'person:sergey-kislyak',
      'person:sarah-isgur-flores',
      'person:donald-trump',
    ]) {
      const { prefetched, loaded } = await both(id);
      expect(prefetched).toEqual(loaded);
    }
    const { prefetched } = await both('person:jeff-sessions');
    expect((prefetched as { meetings: unknown[] }).meetings.length).toBeGreaterThan(1);
  });

  it('answers exactly as the DataLoader path on a synthetic graph with hubs, people without meetings, and a non-person id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testimony-prefetch-'));
    const file = await writeSynthetic(dir, { people: 300, seed: 7, name: 'prefetch-check' });
    await seed(seeded.driver, await prepareDatasets([...bundledDatasets(), file]), {
      database: seeded.database,
      reporter: silentReporter,
    });
    let withMeetings = 0;
    for (const i of [0, 1, 2, 5, 50, 150, 299]) {
      const { prefetched, loaded } = await both(`person:prefetch-check-${i}`);
      expect(prefetched).toEqual(loaded);
      if (((prefetched as { meetings?: unknown[] } | null)?.meetings?.length ?? 0) > 0)
        withMeetings += 1;
    }
    expect(withMeetings).toBeGreaterThan(3);
    expect((await both('event:prefetch-check-1')).prefetched).toBeNull();
    expect((await both('person:nobody')).prefetched).toBeNull();
  });

  it('takes one round trip to Neo4j where the DataLoader path takes one per level', async () => {
    const trips = async (query: string) => {
      const before = seeded.api().executor.roundTrips;
      await gql(seeded.api(), query, { id: 'person:jeff-sessions' });
      return seeded.api().executor.roundTrips - before;
    };
    const simple =
      'name meetings { name participants { role node { id ... on Person { name statements { id } } } } }';
    expect(await trips(`query($id: ID!) { person(id: $id) { ${simple} } }`)).toBe(1);
    expect(await trips(`query($id: ID!) { node(id: $id) { ... on Person { ${simple} } } }`)).toBe(
      4,
    );
  });

  it('answers the bench questions alike through the prefetch, the DataLoaders and unprojected reads', async () => {
    const args = (i: number) => ({
      id: `person:prefetch-check-${i}`,
      other: `person:prefetch-check-${(i * 7) % 300}`,
      word: 'Smith',
    });
    let compared = 0;
    for (const question of QUESTIONS) {
      for (const i of [0, 1, 5, 50, 150]) {
        const variables = question.ours.variables(args(i));
        const projected = await gql(seeded.api(), question.ours.query, variables);
        expect(projected.errors, question.name).toBeUndefined();
        expect(projected.data, question.name).toEqual(
          (await whole(question.ours.query, variables)).data,
        );
        // The person questions once more through node(id): the DataLoader path, level by level.
        if (question.ours.query.includes('person(id: $id)')) {
          const viaNode = question.ours.query
            .replace('person(id: $id) {', 'person: node(id: $id) { ... on Person {')
            .replace(/\}\s*$/, '} }');
          const loaded = await gql(seeded.api(), viaNode, variables);
          expect(loaded.errors, question.name).toBeUndefined();
          expect(loaded.data, question.name).toEqual(projected.data);
        }
        compared += 1;
      }
    }
    expect(compared).toBe(QUESTIONS.length * 5);
  });

  it('projects only the selected properties, and all of them where a field reads a record whole', async () => {
    const query = (selection: string) =>
      `query($id: ID!) { person(id: $id) { meetings { ${selection} } } }`;
    const id = 'person:jeff-sessions';
    const narrow = await gql<{ person: { meetings: { id: string }[] } }>(
      seeded.api(),
      query('id participants { node { id } }'),
      { id },
    );
    const wide = await gql<{ person: { meetings: { id: string; cluster: string }[] } }>(
      seeded.api(),
      query('id cluster versions { id } participants { node { id } }'),
      { id },
    );
    expect(narrow.errors).toBeUndefined();
    expect(wide.errors).toBeUndefined();
    expect(wide.data?.person.meetings.map((m) => m.id)).toEqual(
      narrow.data?.person.meetings.map((m) => m.id),
    );
  });

  it('answers every property-backed field alike with and without projection', async () => {
    const evidence = 'evidence { sourceId: source { id } start end quote }';
    const date = 'value precision start end text inferred inferredFrom approximate sortKey';
    const query = `query($id: ID!, $flores: ID!) {
      person(id: $id) { id name aliases nameInferred description ${evidence}
        meetings { id name place count isClaim cluster date { ${date} } claimedBy { id }
          participants { role ${evidence} node { id ... on Person { name description } } } }
        statements { id text textKind saidAt { ${date} } onBehalfOf { id } at { id }
          about { stance claim inferred inferredFrom ${evidence} target { id } } }
        recusals { id announcedAt { ${date} } scope statement { id text } ${evidence} matter { id name kind } }
        roles { id title during { ${date} } at { id } holder { id } } }
      flores: node(id: $flores) { ... on Person { spokeFor { date { ${date} } statements { id } ${evidence} principal { id } } } }
    }`;
    for (const id of ['person:jeff-sessions', 'person:sergey-kislyak', 'person:donald-trump']) {
      const variables = { id, flores: 'person:sarah-isgur-flores' };
      const projected = await gql(seeded.api(), query, variables);
      expect(projected.errors).toBeUndefined();
      expect(projected.data).toEqual((await whole(query, variables)).data);
    }
  });

  it('answers the fields of every relationship-backed type alike with and without projection', async () => {
    const evidence = 'evidence { sourceId: source { id } start end quote sentence }';
    const query = `{
      group: node(id: "group:foreign-ambassadors-2016") { ... on Group { id name nameInferred
        countries { isClaim claimedBy { id } country { id name } ${evidence} } } }
      matter: node(id: "matter:campaign-investigations") { ... on Matter { id name nameInferred
        concerns { textKind statement { id } target { id } ${evidence} } } }
      event: node(id: "event:heritage-foundation-event-2016-07") { ... on Event { id name
        nameInferred partOfInferred partOf { id }
        participants { role inferred inferredFrom node { id } } statements { id speakerKind } } }
      roles: person(id: "person:jeff-sessions") { roles { id title titleInferred isClaim claimedBy { id } } }
      demands(first: 10) { edges { node { id action from { id } statement { id } ${evidence} } } }
    }`;
    const projected = await gql(seeded.api(), query, {});
    expect(projected.errors).toBeUndefined();
    expect(projected.data).toEqual((await whole(query, {})).data);
    expect((projected.data as any).group.countries).toHaveLength(10);
    expect((projected.data as any).matter.concerns.length).toBeGreaterThan(1);
  });
});
