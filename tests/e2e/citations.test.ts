import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApi, startApi } from '../../src/api/index.js';
import { bundledDatasets, prepareDatasets, seed } from '../../src/loader/index.js';
import { silentReporter } from '../../src/log.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { gql } from '../support/api.js';
import { neo4jEnv, runCli } from '../support/cli.js';
import { clearGraph } from '../support/graph.js';
import { seedBundled, testCoordinates, testDriver } from '../support/neo4j.js';

/**
 * Sources citing sources (issue 11): what a cited outlet said is read in the citing report's
 * text and attributed to the outlet "as reported by" the report, through the API, the CLI and
 * Neo4j Browser. On the bundled dataset (the report cites a tweet), on our own single-dataset
 * fixture (a report quoting an outlet that cites a third), and on the other-reports fixture once
 * its cross-dataset references validate.
 */
const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'datasets');
const CITATIONS = join(FIXTURES, 'citations', 'citations.yaml');
const OTHER_REPORTS = join(FIXTURES, 'other-reports', 'other-reports.yaml');

const REPORT = 'source:sessions-recusal-report-2017-03-02';
const TWEET = 'source:maine-first-media-tweet-2017-03-02';
const GAZETTE = 'source:test-gazette-2017-05-04';
const COURIER = 'source:test-courier-2017-05-03';
const RADIO = 'source:harbour-radio-broadcast-2017';

const driver = testDriver();
const target = testCoordinates();
const testimony = (...args: string[]) => runCli(args, neo4jEnv(target), { bin: true });
let running: RunningApi | undefined;

async function seedOnly(files: string[]): Promise<void> {
  await clearGraph(driver, target.database);
  await seed(driver, await prepareDatasets(files), {
    database: target.database,
    reporter: silentReporter,
  });
}

/** The API's answer (`data`), failing the test on any GraphQL error. */
async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  if (!running) throw new Error('the API is not started');
  const response = await gql<T>(running, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as T;
}

interface SourceAnswer {
  id: string;
  publisher: { id: string; name: string } | null;
  cites: { id: string }[];
  citedBy: { id: string }[];
}
interface ChainAnswer {
  attribution: string;
  reportedBy: { id: string };
  sources: { id: string; publisher: { name: string } | null }[];
  statements: { id: string }[];
}
interface StatementAnswer {
  speaker: { id: string };
  reportedBy: { id: string }[];
  citationChains: ChainAnswer[];
}

const CHAIN = `attribution reportedBy { id } sources { id publisher { name } } statements { id }`;
const STATEMENT = `query ($id: ID!) { node(id: $id) { ... on Statement {
  speaker { id } reportedBy { id } citationChains { ${CHAIN} } } } }`;
const statement = async (id: string) =>
  (await ask<{ node: StatementAnswer }>(STATEMENT, { id })).node;
const sourcesById = async () =>
  new Map(
    (
      await ask<{ sources: SourceAnswer[] }>(
        '{ sources { id publisher { id name } cites { id } citedBy { id } } }',
      )
    ).sources.map((s) => [s.id, s]),
  );
const ids = (list: { id: string }[]) => list.map((x) => x.id);

beforeAll(async () => {
  await seedOnly([...bundledDatasets(), CITATIONS]);
  running = await startApi({
    driver,
    database: target.database,
    host: '127.0.0.1',
    port: 0,
    queryTimeoutMs: 5000,
  });
});
afterAll(async () => {
  await running?.stop();
  // Leave the bundled graph alone in the database, as `npm start` would.
  await clearGraph(driver, target.database);
  await seedBundled(driver);
  await driver.close();
});

describe('the bundled dataset: the report cites the tweet it embeds', () => {
  it('API: Source { publisher cites citedBy } on both ends of the citation', async () => {
    const sources = await sourcesById();
    expect(sources.get(TWEET)).toEqual({
      id: TWEET,
      publisher: { id: 'org:maine-first-media', name: 'Maine First Media' },
      cites: [],
      citedBy: [{ id: REPORT }],
    });
    expect(sources.get(REPORT)).toEqual({
      id: REPORT,
      publisher: null,
      cites: [{ id: TWEET }],
      citedBy: [],
    });
  });

  it("API: a person's words are reportedBy the report; the report's own words by nobody; neither has a chain", async () => {
    const hearing = await statement('statement:sessions-hearing-answer');
    expect(hearing.speaker.id).toBe('person:jeff-sessions');
    expect(ids(hearing.reportedBy)).toEqual([REPORT]);
    expect(hearing.citationChains).toEqual([]);
    const own = await statement('statement:report-not-working-for-campaign');
    expect(own.speaker.id).toBe(REPORT);
    expect(own.reportedBy).toEqual([]);
    expect(own.citationChains).toEqual([]);
  });

  it('API: Query.citations gives the chain tweet -> report in words', async () => {
    const { citations } = await ask<{ citations: ChainAnswer[] }>(
      `query ($source: ID) { citations(source: $source) { ${CHAIN} } }`,
      { source: TWEET },
    );
    expect(citations).toEqual([
      {
        attribution:
          'Maine First Media (as reported by Sessions recuses himself from investigations related to the campaigns)',
        reportedBy: { id: REPORT },
        sources: [
          { id: TWEET, publisher: { name: 'Maine First Media' } },
          { id: REPORT, publisher: null },
        ],
        statements: [],
      },
    ]);
  });

  it('CLI: `testimony sources` lists each source with its publisher and who cites whom', async () => {
    const table = await testimony('sources');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Tweet by Maine First Media.*│ tweet\s+│ Maine First Media\s+│/);
    expect(table.stdout).toContain(TWEET);
    const json = await testimony('sources', '--format', 'json');
    const data = JSON.parse(json.stdout) as {
      sources: (SourceAnswer & { title: string; kind: string })[];
    };
    const tweet = data.sources.find((s) => s.id === TWEET);
    expect(tweet?.publisher?.name).toBe('Maine First Media');
    expect(tweet?.citedBy.map((s) => s.id)).toEqual([REPORT]);
    expect(data.sources.find((s) => s.id === REPORT)?.cites.map((s) => s.id)).toEqual([TWEET]);
  });

  it("CLI: the first report's statements print as before, with empty chains in JSON", async () => {
    const table = await testimony('statements', 'sessions');
    expect(table.code).toBe(0);
    expect(table.stdout).not.toContain('as reported by');
    const json = JSON.parse(
      (await testimony('statements', 'sessions', '--format', 'json')).stdout,
    ) as {
      statements: { edges: { node: { citationChains: unknown[] } }[] };
    };
    expect(json.statements.edges.length).toBeGreaterThan(0);
    expect(json.statements.edges.every((e) => e.node.citationChains.length === 0)).toBe(true);
  });

  it('Browser: the guide\'s "Sources citing sources" query draws the chain, read-only', async () => {
    const guide = readFileSync(join(PROJECT_ROOT, 'browser', 'guide.html'), 'utf8');
    const slide = guide.slice(guide.indexOf('<h3>Sources citing sources</h3>'));
    const query = /<pre[^>]*runnable[^>]*>([\s\S]*?)<\/pre>/
      .exec(slide)?.[1]
      ?.replaceAll('&gt;', '>')
      .replaceAll('&lt;', '<')
      .replaceAll('&amp;', '&');
    expect(query).toContain(':CITES');
    const result = await driver.executeQuery(
      query ?? '',
      {},
      {
        database: target.database,
        routing: neo4j.routing.READ,
      },
    );
    const chains = result.records.map(
      (r) =>
        r.get('chain') as {
          start: { properties: { id: string } };
          end: { properties: { id: string } };
        },
    );
    expect(chains.map((c) => [c.start.properties.id, c.end.properties.id])).toContainEqual([
      REPORT,
      TWEET,
    ]);
  });
});

describe('the citations fixture: report A quotes outlet B, which cites C', () => {
  it("API: B's words are reportedBy A, through the chain [B, A] with each publisher", async () => {
    const said = await statement('statement:courier-mayor-never-met-lind');
    expect(said.speaker.id).toBe(COURIER);
    expect(ids(said.reportedBy)).toEqual([GAZETTE]);
    expect(said.citationChains).toEqual([
      {
        attribution: 'Test Courier (as reported by Test Gazette)',
        reportedBy: { id: GAZETTE },
        sources: [
          { id: COURIER, publisher: { name: 'Test Courier' } },
          { id: GAZETTE, publisher: { name: 'Test Gazette' } },
        ],
        statements: [{ id: 'statement:courier-mayor-never-met-lind' }],
      },
    ]);
  });

  it("API: C's words came through two citations, [C, B, A]", async () => {
    const said = await statement('statement:radio-lind-called-weekly');
    expect(ids(said.reportedBy)).toEqual([GAZETTE]);
    expect(said.citationChains.map((c) => [c.attribution, ids(c.sources)])).toEqual([
      [
        'Harbour Radio (as reported by Test Courier, as reported by Test Gazette)',
        [RADIO, COURIER, GAZETTE],
      ],
    ]);
  });

  it('API: `cites` and `citedBy` are the same CITES links, whichever side the dataset named', async () => {
    const sources = await sourcesById();
    expect(ids(sources.get(GAZETTE)?.cites ?? [])).toEqual([COURIER]);
    expect(ids(sources.get(COURIER)?.citedBy ?? [])).toEqual([GAZETTE]);
    expect(ids(sources.get(COURIER)?.cites ?? [])).toEqual([RADIO]);
    expect(ids(sources.get(RADIO)?.citedBy ?? [])).toEqual([COURIER]);
    const { citations } = await ask<{ citations: ChainAnswer[] }>(
      `query ($source: ID) { citations(source: $source) { ${CHAIN} } }`,
      { source: COURIER },
    );
    expect(citations.map((c) => c.attribution)).toEqual([
      'Harbour Radio (as reported by Test Courier)',
      'Test Courier (as reported by Test Gazette)',
      'Harbour Radio (as reported by Test Courier, as reported by Test Gazette)',
    ]);
    // The Courier's own text is not held: nothing is read in it.
    expect(citations[0]?.statements).toEqual([]);
  });

  it('API: Source.statements gives what a cited outlet said', async () => {
    const { node } = await ask<{ node: { statements: { id: string }[] } }>(
      `query ($id: ID!) { node(id: $id) { ... on Source { statements { id } } } }`,
      { id: COURIER },
    );
    expect(ids(node.statements)).toEqual(['statement:courier-mayor-never-met-lind']);
  });

  it('CLI: statements, contradictions, timeline and search name B "as reported by" A', async () => {
    const statements = await testimony('statements', COURIER);
    expect(statements.code).toBe(0);
    expect(statements.stdout).toContain(
      'Test Courier (as reported by Test Gazette): The mayor never met Lind.',
    );
    const json = JSON.parse(
      (await testimony('statements', COURIER, '--format', 'json')).stdout,
    ) as {
      statements: {
        edges: {
          node: { citationChains: { attribution: string; reportedBy: { id: string } }[] };
        }[];
      };
    };
    expect(json.statements.edges[0]?.node.citationChains).toEqual([
      { attribution: 'Test Courier (as reported by Test Gazette)', reportedBy: { id: GAZETTE } },
    ]);
    const denial = await testimony('contradictions', COURIER);
    expect(denial.stdout).toContain(
      'Test Courier (as reported by Test Gazette), 2017-05-03 ("on Wednesday", inferred): The mayor never met Lind.',
    );
    const defended = await testimony('contradictions', 'Alma Reyes');
    expect(defended.stdout).toContain(
      'defended by Test Courier (as reported by Test Gazette): The mayor never met Lind.',
    );
    const timeline = await testimony('timeline', COURIER);
    expect(timeline.stdout).toContain(
      'Test Courier (as reported by Test Gazette): The mayor never',
    );
    const radio = await testimony('search', 'called', '--format', 'json');
    expect(radio.stdout).toContain(
      'Harbour Radio (as reported by Test Courier, as reported by Test Gazette)',
    );
  });

  it('CLI: the named query citations answers in Neo4j Browser form (testimony query)', async () => {
    const run = await testimony(
      'query',
      'citations',
      '--param',
      'source=null',
      '--param',
      `statements=["statement:radio-lind-called-weekly"]`,
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        attribution: 'Harbour Radio (as reported by Test Courier, as reported by Test Gazette)',
        reportedBy: GAZETTE,
        cited: RADIO,
        statements: [
          {
            id: 'statement:radio-lind-called-weekly',
            text: "Lind had called the mayor's office every week since March.",
          },
        ],
        chain: [
          { id: RADIO, title: expect.any(String), publisher: 'Harbour Radio' },
          { id: COURIER, title: expect.any(String), publisher: 'Test Courier' },
          { id: GAZETTE, title: expect.any(String), publisher: 'Test Gazette' },
        ],
      },
    ]);
  });
});

// The other-reports fixture refers to the bundled dataset's ids: it validates only once the seed
// resolves references across datasets (issue 11, point 2). Until then this part is skipped.
const otherReportsValidate = await prepareDatasets([...bundledDatasets(), OTHER_REPORTS], {
  warn: () => {},
}).then(
  () => true,
  () => false,
);

describe.runIf(otherReportsValidate)(
  'the other-reports fixture: the wire report quotes The Morning Ledger',
  () => {
    const LEDGER = 'source:morning-ledger-2017-03-01';
    const WIRE = 'source:fixture-wire-2017-03-02';
    beforeAll(async () => seedOnly([...bundledDatasets(), OTHER_REPORTS]));

    it('API: "the wire says the Ledger reported two July meetings", with both publishers', async () => {
      const said = await statement('statement:ledger-two-july-meetings');
      expect(said.speaker.id).toBe(LEDGER);
      expect(ids(said.reportedBy)).toEqual([WIRE]);
      expect(said.citationChains.map((c) => [c.attribution, c.sources])).toEqual([
        [
          'The Morning Ledger (as reported by Fixture Wire)',
          [
            { id: LEDGER, publisher: { name: 'The Morning Ledger' } },
            { id: WIRE, publisher: { name: 'Fixture Wire' } },
          ],
        ],
      ]);
      const ledger = (await sourcesById()).get(LEDGER);
      expect(ledger?.publisher?.id).toBe('org:morning-ledger');
      expect(ids(ledger?.citedBy ?? [])).toEqual([WIRE]);
    });

    it('CLI: `statements` shows "The Morning Ledger (as reported by Fixture Wire): …"', async () => {
      const run = await testimony('statements', LEDGER);
      expect(run.stdout).toContain(
        'The Morning Ledger (as reported by Fixture Wire): Sessions met the Russian envoy',
      );
    });
  },
);
