import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../src/api/index.js';
import { silentReporter } from '../../src/log.js';
import { bundledDatasets, prepareDatasets, seed } from '../../src/loader/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { toNeo4j } from '../../src/neo4j/index.js';
import { gql, useSeededApi } from '../support/api.js';
import { neo4jEnv, runCli } from '../support/cli.js';
import { clearGraph } from '../support/graph.js';
import { seedBundled, testCoordinates } from '../support/neo4j.js';

/**
 * Search as an analyst types it (issue 12): English stemming, names, aliases, titles,
 * descriptions, statements and evidence quotes; one hit per node, ranked by the field that
 * matched; the same answer from the API, the CLI and the named Cypher.
 */
const seeded = useSeededApi();
const { driver, database } = seeded;

interface Hit {
  id: string;
  field: string;
}

/**
 * A hit's rank as search.cypher orders them: a name or alias of a person, organization or
 * country; a title (any other node's name, a role's or source's title); a description; what a
 * statement says; an evidence quote.
 */
function rankOf(hit: Hit & { type: string }): number {
  const named = ['Person', 'Organization', 'Country'].includes(hit.type);
  if (['name', 'aliases'].includes(hit.field)) return named ? 1 : 2;
  return ['title', 'description', 'text', 'evidence'].indexOf(hit.field) + 2;
}

async function typedSearch(text: string): Promise<(Hit & { type: string })[]> {
  const response = await gql<{
    search: { node: { id: string; __typename: string }; field: string }[];
  }>(
    seeded.api(),
    'query($t: String!) { search(text: $t, first: 20) { node { id __typename } field } }',
    {
      t: text,
    },
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return (response.data?.search ?? []).map((h) => ({
    id: h.node.id,
    field: h.field,
    type: h.node.__typename,
  }));
}

async function apiSearch(text: string): Promise<Hit[]> {
  return (await typedSearch(text)).map(({ id, field }) => ({ id, field }));
}

/** The named query as Neo4j Browser runs it: the file's text, the parameters the API passes. */
async function cypherRows(text: string, limit = 20) {
  const { records } = await driver.executeQuery(
    readFileSync(join(PROJECT_ROOT, 'cypher', 'queries', 'search.cypher'), 'utf8'),
    toNeo4j({ query: searchQuery(text), limit }),
    { database },
  );
  return records.map((r) => ({
    node: r.get('node') as { id: string; labels: string[] },
    field: r.get('field') as string,
  }));
}

async function cypherSearch(text: string): Promise<Hit[]> {
  return (await cypherRows(text)).map((r) => ({ id: r.node.id, field: r.field }));
}

async function cliSearch(text: string): Promise<Hit[]> {
  const run = await runCli(['search', text, '--format', 'json'], neo4jEnv(testCoordinates()));
  expect(run.code, run.stderr).toBe(0);
  const data = JSON.parse(run.stdout) as { search: { node: { id: string }; field: string }[] };
  return data.search.map((h) => ({ id: h.node.id, field: h.field }));
}

/** What each word an analyst would type must find, and in which field (bundled report). */
const RECALL: Record<string, Hit[]> = {
  ambassador: [
    { id: 'role:kislyak-russian-ambassador', field: 'title' },
    { id: 'group:foreign-ambassadors-2016', field: 'name' },
    { id: 'group:ambassadors-at-heritage-event', field: 'name' },
    { id: 'event:ambassador-conversations-2016', field: 'name' },
    { id: 'person:sergey-kislyak', field: 'description' },
    { id: 'statement:flores-defends-hearing-answer', field: 'text' },
  ],
  Russians: [
    { id: 'country:russia', field: 'aliases' },
    { id: 'role:kislyak-russian-ambassador', field: 'title' },
    { id: 'person:sergey-kislyak', field: 'description' },
    { id: 'statement:sessions-hearing-answer', field: 'text' },
    { id: 'statement:sessions-never-met-operatives', field: 'text' },
    { id: 'statement:flores-defends-hearing-answer', field: 'text' },
  ],
  tweet: [{ id: 'source:maine-first-media-tweet-2017-03-02', field: 'title' }],
  recuse: [
    { id: 'event:news-conference-2017-03-02', field: 'name' },
    { id: 'event:meetings-with-career-officials-2017', field: 'name' },
    { id: 'source:sessions-recusal-report-2017-03-02', field: 'title' },
    { id: 'group:lawmakers', field: 'description' },
    { id: 'statement:sessions-written-statement', field: 'text' },
    { id: 'statement:sessions-announces-recusal', field: 'text' },
    { id: 'statement:sessions-recusal-not-confirmation', field: 'text' },
    { id: 'statement:lawmakers-call-resign-or-recuse', field: 'text' },
  ],
  misleading: [{ id: 'statement:flores-defends-hearing-answer', field: 'text' }],
  'Armed Services': [
    { id: 'org:senate-armed-services-committee', field: 'name' },
    { id: 'role:sessions-sasc-senior-member', field: 'title' },
    { id: 'person:jeff-sessions', field: 'description' },
    { id: 'statement:flores-defends-hearing-answer', field: 'text' },
    { id: 'event:ambassador-conversations-2016', field: 'evidence' },
  ],
};

describe('search: what an analyst types finds what the report says', () => {
  it.each(Object.entries(RECALL))('%j finds its entities and statements', async (text, wanted) => {
    const typed = await typedSearch(text);
    const hits = typed.map(({ id, field }) => ({ id, field }));
    expect(hits).toEqual(expect.arrayContaining(wanted));
    // One hit per node, never a dataset's Version, ranked by field.
    expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
    expect(hits.every((h) => !h.id.includes('@'))).toBe(true);
    const ranks = typed.map(rankOf);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('"Russian" finds what "Russians" finds: stemming, both ways', async () => {
    expect(await apiSearch('Russian')).toEqual(await apiSearch('Russians'));
  });

  it('"misleading" finds only the statement that says it, not the report whose text holds it', async () => {
    expect(await apiSearch('misleading')).toEqual(RECALL.misleading);
  });

  it('a name match ranks above a quote match: Kislyak the person before the role his quote supports', async () => {
    const hits = await apiSearch('Kislyak');
    expect(hits[0]).toEqual({ id: 'person:sergey-kislyak', field: 'name' });
    const role = hits.findIndex((h) => h.id === 'role:kislyak-russian-ambassador');
    expect(hits[role]).toEqual({ id: 'role:kislyak-russian-ambassador', field: 'evidence' });
    expect(role).toBeGreaterThan(0);
  });

  it('words may be spread over a node\'s name and description: "Kislyak ambassador" finds him first', async () => {
    const hits = await apiSearch('Kislyak ambassador');
    expect(hits[0]).toEqual({ id: 'person:sergey-kislyak', field: 'name' });
  });

  it('a hit by its evidence carries the quote that matched, with its source and offsets', async () => {
    const response = await gql<{
      search: { node: { id: string }; field: string; evidence: Record<string, unknown> | null }[];
    }>(
      seeded.api(),
      '{ search(text: "Armed Services") { node { id } field evidence { quote start end source { id } } } }',
    );
    const event = response.data?.search.find(
      (h) => h.node.id === 'event:ambassador-conversations-2016',
    );
    expect(event?.evidence).toMatchObject({
      quote: expect.stringContaining('Armed Services Committee'),
      source: { id: 'source:sessions-recusal-report-2017-03-02' },
    });
    const committee = response.data?.search.find(
      (h) => h.node.id === 'org:senate-armed-services-committee',
    );
    expect(committee?.evidence).toBeNull();
  });

  it('words that are all stop words find nothing, without an error', async () => {
    expect(await apiSearch('the of and')).toEqual([]);
  });

  it('the API, the CLI (--format json) and the named Cypher give the same hits in the same order', async () => {
    for (const text of [...Object.keys(RECALL), 'Kislyak ambassador']) {
      const api = await apiSearch(text);
      expect(await cypherSearch(text), text).toEqual(api);
      expect(await cliSearch(text), text).toEqual(api);
    }
  });
});

describe('search over many reports', () => {
  const FIXTURE = join(
    PROJECT_ROOT,
    'tests',
    'fixtures',
    'datasets',
    'other-reports',
    'other-reports.yaml',
  );

  it("finds a shared person by any report's description, and never returns a Version", async () => {
    try {
      await seed(driver, await prepareDatasets([...bundledDatasets(), FIXTURE]), {
        database,
        reporter: silentReporter,
      });
      // Kislyak is "Russian ambassador." in the bundled report, "The Russian envoy." in the
      // fixture: the node holds one of them, its Version nodes each.
      for (const word of ['ambassador', 'envoy']) {
        const hits = await apiSearch(word);
        expect(hits, word).toContainEqual({ id: 'person:sergey-kislyak', field: 'description' });
        expect(new Set(hits.map((h) => h.id)).size, word).toBe(hits.length);
      }
      for (const word of ['Flores', 'Sessions', 'Kislyak', 'envoy']) {
        const labels = (await cypherRows(word, 100)).map((r) => r.node.labels);
        expect(labels.length, word).toBeGreaterThan(0);
        expect(
          labels.every((l) => l.includes('Entity') && !l.includes('Version')),
          word,
        ).toBe(true);
      }
    } finally {
      await clearGraph(driver, database);
      await seedBundled(driver);
    }
  });
});
