/**
 * Nested lists are capped per node, never per batch, and never silently: neighbours.cypher limits
 * each id on its own, the prefetch (person-neighbourhood.cypher) and the DataLoader paths give the
 * same lists and the same truncations, and a page reads what it holds (totalCount only when asked).
 */
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, createLoaders } from '../../src/api/index.js';
import { QueryExecutor } from '../../src/queries/index.js';
import { seedBundled, testCoordinates, testDriver } from '../support/neo4j.js';

const driver = testDriver();
const { database } = testCoordinates();
const schema = buildSchema();
const SESSIONS = 'person:jeff-sessions';
const KISLYAK = 'person:sergey-kislyak';

const executor = () => new QueryExecutor(driver, { database, timeoutMs: 20_000 });

async function ask(query: string, cap?: number) {
  const run = executor();
  const loaders = createLoaders(run, () => null, cap);
  const result = await graphql({
    schema,
    source: query,
    contextValue: { executor: run, loaders, requestId: 'test' },
  });
  expect(result.errors).toBeUndefined();
  return { data: result.data, truncated: loaders.truncated(), roundTrips: run.roundTrips };
}

const NESTED = /* GraphQL */ `
  meetings { id participants { role node { ... on Person { id statements { id } } } } }
`;
// person(id) with meetings takes the prefetch path (one query); node(id) the DataLoaders.
const PREFETCH = `{ person(id: "${SESSIONS}") { id ${NESTED} } }`;
const LOADERS = `{ node(id: "${SESSIONS}") { ... on Person { id ${NESTED} } } }`;

describe('nested lists: capped per node, and said', () => {
  beforeAll(async () => seedBundled(driver));
  afterAll(() => driver.close());

  it('neighbours.cypher limits each id on its own, not the whole batch', async () => {
    const read = (ids: string[], limit: number) =>
      executor().read('neighbours', {
        ids,
        type: 'PARTICIPATED_IN',
        direction: 'out',
        limit,
        fields: null,
      });
    const all = await read([SESSIONS, KISLYAK], 10_001);
    const capped = await read([SESSIONS, KISLYAK], 1);
    const firstOf = (rows: typeof all, id: string) => rows.filter((row) => row.id === id)[0];
    expect(all.filter((row) => row.id === SESSIONS).length).toBeGreaterThan(1);
    expect(all.filter((row) => row.id === KISLYAK).length).toBeGreaterThan(1);
    // Each id keeps its own first neighbour: a batch LIMIT 1 would have left one id with none.
    expect(capped).toEqual([firstOf(all, SESSIONS), firstOf(all, KISLYAK)]);
  });

  it('the prefetch and the DataLoader paths give the same lists, uncapped', async () => {
    const prefetched = await ask(PREFETCH);
    const loaded = await ask(LOADERS);
    expect(prefetched.roundTrips).toBeLessThan(loaded.roundTrips);
    expect((prefetched.data as { person: unknown }).person).toEqual(
      (loaded.data as { node: unknown }).node,
    );
    expect(prefetched.truncated).toEqual([]);
  });

  it('both paths cut at the cap alike, and name every list they cut', async () => {
    const prefetched = await ask(PREFETCH, 1);
    const loaded = await ask(LOADERS, 1);
    const person = (prefetched.data as { person: { meetings: unknown[] } }).person;
    expect(person.meetings.length).toBeLessThanOrEqual(1);
    expect(person).toEqual((loaded.data as { node: unknown }).node);
    const byKey = (cuts: typeof loaded.truncated) =>
      cuts.map((cut) => `${cut.relationship}|${cut.direction}|${cut.node}`).sort();
    expect(byKey(prefetched.truncated)).toEqual(byKey(loaded.truncated));
    expect(loaded.truncated).toContainEqual({
      node: SESSIONS,
      relationship: 'PARTICIPATED_IN',
      direction: 'out',
      cap: 1,
    });
  });

  it('a page without totalCount does not count; with it, counts every match', async () => {
    const page = await executor().read('people', {
      nameContains: null,
      afterKey: null,
      afterId: null,
      limit: 2,
      total: false,
    });
    expect(page[0]?.['total']).toBeNull();
    const { data } = await ask('{ people(first: 1) { totalCount edges { node { id } } } }');
    const people = (data as { people: { totalCount: number; edges: unknown[] } }).people;
    const [counted] = (
      await driver.executeQuery('MATCH (p:Person) RETURN count(p) AS n', {}, { database })
    ).records;
    expect(people.totalCount).toBe(counted?.get('n').toNumber());
    expect(people.edges).toHaveLength(1);
  });

  it('a name or alias in any case finds its node through the name_keys index', async () => {
    for (const name of ['sessions', 'JEFF SESSIONS', 'Sessions']) {
      const rows = await executor().read('entity-by-name', { name, label: 'Person' });
      expect(rows.map((row) => (row['node'] as { id: string }).id)).toEqual([SESSIONS]);
    }
    const quoted = await executor().read('entity-by-name', {
      name: 'a "quoted\\ name',
      label: null,
    });
    expect(quoted).toEqual([]);
  });
});
