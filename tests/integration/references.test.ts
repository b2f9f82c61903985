import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { TestimonyError } from '../../src/errors.js';
import { silentReporter } from '../../src/log.js';
import {
  bundledDatasets,
  prepareDatasets,
  referrersOf,
  seed as seedGraphs,
} from '../../src/loader/index.js';
import { clearGraph, graphChecksum } from '../support/graph.js';
import { testCoordinates, testDriver, uniqueLabel } from '../support/neo4j.js';

const driver = testDriver();
const { database } = testCoordinates();
const options = { database, reporter: silentReporter };
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'datasets');
const OTHER_DIR = join(FIXTURES, 'other-reports');
const OTHER = join(OTHER_DIR, 'other-reports.yaml');
const BUNDLED = 'sessions-recusal-2017-03-02';
const quiet = { warn: () => {} };

/** Validate, then resolve and load: what `testimony seed files…` does. */
const seed = async (files: string[], dryRun = false) =>
  seedGraphs(driver, await prepareDatasets(files, quiet), { ...options, dryRun });

/** What `seed` refused with (fails the test when it did not refuse). */
async function refusal(files: string[], dryRun = false): Promise<string> {
  const error = await seed(files, dryRun).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TestimonyError))
    throw new Error(`expected a refusal, got ${String(error)}`);
  expect(error.code).toBe('DATASET_INVALID');
  expect(error.message).toContain('nothing was written');
  return error.message;
}

/** The file at `path` with one edit, beside the files it needs, in a fresh folder. */
function edited(path: string, texts: string[], edit: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-refs-'));
  for (const text of texts) copyFileSync(text, join(dir, text.split('/').at(-1) ?? ''));
  const yaml = readFileSync(path, 'utf8');
  const changed = edit(yaml);
  if (changed === yaml) throw new Error('the edit changed nothing: fix the test');
  const file = join(dir, path.split('/').at(-1) ?? '');
  writeFileSync(file, changed);
  return file;
}
const otherReportsWith = (edit: (yaml: string) => string) =>
  edited(OTHER, [join(OTHER_DIR, 'fixture-wire-2017-03-02.txt')], edit);

async function rows(query: string, params: Record<string, unknown> = {}) {
  const result = await driver.executeQuery(query, params, { database });
  return result.records.map((record) => record.toObject() as Record<string, unknown>);
}

/** The fixture's relationships to the bundled dataset's nodes, as `type from->to`. */
async function crossLinks(): Promise<string[]> {
  const found = await rows(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE r.dataset = 'fixture-other-reports' AND b.datasets = [$bundled]
     RETURN type(r) + ' ' + a.id + '->' + b.id AS link ORDER BY link`,
    { bundled: BUNDLED },
  );
  return found.map((row) => String(row.link));
}

const CROSS_LINKS = [
  'ABOUT statement:flores-answer-was-correct->statement:sessions-hearing-answer',
  'ABOUT statement:flores-never-discussed-campaign->event:meeting-sessions-kislyak-2016-09-08',
  'SAME_AS event:fixture-sessions-kislyak-july-2016->event:meeting-sessions-kislyak-2016-07',
  'SAME_AS event:fixture-sessions-kislyak-office-2016->event:meeting-sessions-kislyak-2016-09-08',
];

beforeEach(async () => clearGraph(driver, database));
afterAll(async () => {
  // Leave the bundled graph alone in the database, as `npm start` would.
  await clearGraph(driver, database);
  await seed(bundledDatasets());
  await driver.close();
});

describe('references across datasets: resolved in the run, then in the graph', () => {
  it('seeding the bundled dataset and the fixture in one run resolves them in the files', async () => {
    await seed([...bundledDatasets(), OTHER]);
    expect(await crossLinks()).toEqual(CROSS_LINKS);
  });

  // Known gap, for load.ts: it writes each dataset's steps in turn, so a relationship to a node
  // that a LATER file of the run defines finds no node yet and is silently not created. It
  // passes once the loader writes every dataset's nodes before any relationship: drop `.fails`.
  it('in one run, the fixture given before the dataset it refers to', async () => {
    await seed([OTHER, ...bundledDatasets()]);
    expect(await crossLinks()).toEqual(CROSS_LINKS);
  });

  it('seeding the bundled dataset first, then the fixture alone, resolves them in the graph', async () => {
    await seed(bundledDatasets());
    const plan = await seed([OTHER], true);
    expect(plan.plans?.[0]?.dataset).toBe('fixture-other-reports');
    await seed([OTHER]);
    expect(await crossLinks()).toEqual(CROSS_LINKS);
  });

  it('the fixture alone into an empty graph is refused, naming the datasets searched', async () => {
    for (const dryRun of [true, false]) {
      const message = await refusal([OTHER], dryRun);
      expect(message).toContain('4 problem(s)');
      expect(message).toMatch(
        /other-reports\.yaml:117:14: \$\.statements\[2\]\.about\[0\]\.ref: unknown reference statement:sessions-hearing-answer: no dataset defines it \(searched the files of this run \(fixture-other-reports\) and the graph \(empty\)\); no id of a Statement is near it/,
      );
      expect(message).toContain(
        '$.events[0].sameAs[0]: unknown reference event:meeting-sessions-kislyak-2016-07',
      );
      expect(await graphChecksum(driver, database)).toMatchObject({ nodes: 0, relationships: 0 });
    }
  });

  it('a typo suggests the id in the graph; nothing is written', async () => {
    await seed(bundledDatasets());
    const before = await graphChecksum(driver, database);
    const typo = otherReportsWith((y) =>
      y.replace('ref: statement:sessions-hearing-answer', 'ref: statement:sessions-hearing-answr'),
    );
    const message = await refusal([typo]);
    expect(message).toContain('1 problem(s)');
    expect(message).toContain(
      `$.statements[2].about[0].ref: unknown reference statement:sessions-hearing-answr: no dataset defines it (searched the files of this run (fixture-other-reports) and the graph (${BUNDLED})); did you mean statement:sessions-hearing-answer?`,
    );
    expect(await refusal([typo], true)).toEqual(message);
    expect(await graphChecksum(driver, database)).toEqual(before);
  });

  it('a typo of an id the same run defines is suggested from the files', async () => {
    const typo = otherReportsWith((y) =>
      y.replace('ref: statement:sessions-hearing-answer', 'ref: statement:sessions-hearing-answr'),
    );
    const message = await refusal([...bundledDatasets(), typo]);
    expect(message).toContain(
      `searched the files of this run (${BUNDLED}, fixture-other-reports) and the graph (empty)); did you mean statement:sessions-hearing-answer?`,
    );
    expect(await graphChecksum(driver, database)).toMatchObject({ nodes: 0 });
  });

  it('a reference to a node of another kind is refused; nothing is written', async () => {
    await seed(bundledDatasets());
    // Only a graph written by other means can hold an `event:` id on a Person: ids say their kind.
    const scratch = uniqueLabel('WrongKind');
    await rows(
      `CREATE (n:Entity:Person:$($scratch) {id: 'event:scratch-person', name: 'Not an event', datasets: ['scratch']})`,
      { scratch },
    );
    const before = await graphChecksum(driver, database);
    const wrong = otherReportsWith((y) =>
      y.replace(
        'sameAs: [event:meeting-sessions-kislyak-2016-07]',
        'sameAs: [event:scratch-person]',
      ),
    );
    const message = await refusal([wrong]);
    expect(message).toContain(
      '$.events[0].sameAs[0]: reference event:scratch-person must be an Event, but in the graph it is a Person (defined by scratch)',
    );
    expect(await graphChecksum(driver, database)).toEqual(before);
  });

  it('an id that only the datasets this run seeds again held, and no longer define, is unknown', async () => {
    const minimal = join(FIXTURES, 'minimal.yaml');
    const text = join(FIXTURES, 'fixture.txt');
    await seed([minimal]);
    // A second dataset refers to the minimal dataset's statement; the minimal dataset drops it.
    const referrer = edited(minimal, [text], (y) =>
      y
        .replace('dataset: fixture-minimal', 'dataset: fixture-referrer')
        .replace(/statements:\n {2}- id: statement:alice-denies\n( {4}.*\n)+/, 'statements:\n')
        .replace('id: statement:carol-for-alice', 'id: statement:carol-backs-alice'),
    );
    const dropped = edited(minimal, [text], (y) =>
      y.replace(/statements:\n( {2}.*\n)+/, 'statements: []\n'),
    );
    const before = await graphChecksum(driver, database);
    const message = await refusal([dropped, referrer]);
    expect(message).toContain(
      'unknown reference statement:alice-denies: only fixture-minimal held it in the graph, and this run seeds it again without it',
    );
    expect(await graphChecksum(driver, database)).toEqual(before);
  });
});

describe('referrers.cypher: who refers to what only one dataset defines', () => {
  it('lists the fixture as referring to three bundled-only nodes, and nobody referring to the fixture', async () => {
    await seed([...bundledDatasets(), OTHER]);
    expect(await referrersOf(driver, database, BUNDLED)).toEqual([
      {
        dataset: 'fixture-other-reports',
        nodes: 3,
        examples: [
          'event:meeting-sessions-kislyak-2016-07',
          'event:meeting-sessions-kislyak-2016-09-08',
          'statement:sessions-hearing-answer',
        ],
      },
    ]);
    // Its shared people (Sessions, Kislyak, Flores) are defined by both: no reason to refuse.
    expect(await referrersOf(driver, database, 'fixture-other-reports')).toEqual([]);
  });

  it('gives up to 5 example ids, in id order, with the complete count', async () => {
    await seed(bundledDatasets());
    const scratch = uniqueLabel('Referrer');
    // Another dataset's relationships to seven bundled-only events.
    await rows(
      `MATCH (e:Event) WHERE e.datasets = [$bundled]
       WITH e ORDER BY e.id LIMIT 7
       CREATE (:Entity:$($scratch) {id: 'group:scratch-' + e.id, datasets: ['scratch']})-[:PARTICIPATED_IN {dataset: 'scratch'}]->(e)`,
      { bundled: BUNDLED, scratch },
    );
    const events = await rows(
      'MATCH (e:Event) WHERE e.datasets = [$bundled] RETURN e.id AS id ORDER BY id LIMIT 5',
      { bundled: BUNDLED },
    );
    expect(await referrersOf(driver, database, BUNDLED)).toEqual([
      { dataset: 'scratch', nodes: 7, examples: events.map((e) => String(e.id)) },
    ]);
  });
});
