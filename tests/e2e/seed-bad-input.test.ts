import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../support/graph.js';
import { testCoordinates, testDriver, seedBundled } from '../support/neo4j.js';
import { runCli, neo4jEnv } from '../support/cli.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'datasets');
const MINIMAL = readFileSync(join(FIXTURES, 'minimal.yaml'), 'utf8');

/** A copy of the minimal dataset with one edit, beside its source text, in a fresh folder. */
function brokenDataset(
  edit: (yaml: string) => string,
  options: { withSource?: boolean } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-bad-'));
  if (options.withSource !== false)
    copyFileSync(join(FIXTURES, 'fixture.txt'), join(dir, 'fixture.txt'));
  const file = join(dir, 'dataset.yaml');
  const edited = edit(MINIMAL);
  if (edited === MINIMAL) throw new Error('the edit changed nothing: fix the test');
  writeFileSync(file, edited);
  return file;
}

interface Case {
  name: string;
  edit: (yaml: string) => string;
  withSource?: boolean;
  /** Each expected problem: its JSON path and a fragment of its message. */
  problems: [path: string, message: string | RegExp][];
  line?: number;
}

const CASES: Case[] = [
  {
    name: 'a syntax error (with its line and column)',
    edit: (y) => y.replace('dataset: fixture-minimal', 'dataset: [fixture-minimal'),
    problems: [['$', /syntax error: Flow sequence/]],
    line: 3,
  },
  {
    name: 'a missing required field',
    edit: (y) => y.replace('    name: Bob Example\n', ''),
    problems: [['$.people[1].name', /expected string, received undefined/]],
  },
  {
    name: 'a wrong type',
    edit: (y) => y.replace("value: '2016-09-08'", 'value: 2016'),
    problems: [['$.events[0].date.value', /expected string, received number/]],
  },
  {
    name: "a group's country no dataset defines",
    edit: (y) =>
      `${y}groups:\n  - id: group:envoys\n    name: Envoys\n    represents: [{ ref: country:nowhere, claimedBy: statement:alice-denies }]\n    evidence: [{ quote: 'Carol Example' }]\n`,
    problems: [['$.groups[0].represents[0].ref', /unknown reference country:nowhere/]],
  },
  {
    name: "a group's country claimed by something other than a statement",
    edit: (y) =>
      `${y}groups:\n  - id: group:envoys\n    name: Envoys\n    represents: [{ ref: country:nowhere, claimedBy: person:alice }]\n    evidence: [{ quote: 'Carol Example' }]\n`,
    problems: [['$.groups[0].represents[0].claimedBy', /expected an id like statement:some-name/]],
  },
  {
    name: 'an unknown reference',
    edit: (y) => y.replace('{ ref: person:bob, role', '{ ref: person:bobby, role'),
    problems: [
      [
        '$.events[0].participants[1].ref',
        'unknown reference person:bobby: no dataset defines it (searched the files of this run (fixture-minimal) and the graph (sessions-recusal-2017-03-02)); did you mean person:bob?',
      ],
    ],
  },
  {
    name: "a typo of another dataset's id in the graph (the nearest is suggested)",
    edit: (y) => y.replace('ref: statement:alice-denies', 'ref: statement:sessions-hearing-answr'),
    problems: [
      [
        '$.statements[1].about[0].ref',
        'unknown reference statement:sessions-hearing-answr: no dataset defines it (searched the files of this run (fixture-minimal) and the graph (sessions-recusal-2017-03-02)); did you mean statement:sessions-hearing-answer?',
      ],
    ],
  },
  {
    name: 'a duplicate id',
    edit: (y) => y.replace('id: person:carol', 'id: person:bob'),
    problems: [['$.people[2].id', 'duplicate id person:bob (first defined at $.people[1])']],
  },
  {
    name: 'an evidence quote not in the source',
    edit: (y) => y.replace("quote: 'Acme'", "quote: 'Acme Corp'"),
    problems: [['$.organizations[0].evidence[0].quote', /"Acme Corp" is not in the source/]],
  },
  {
    name: 'an ambiguous evidence quote',
    edit: (y) => y.replace("quote: 'Alice Example met'", "quote: 'Alice Example'"),
    problems: [['$.people[0].evidence[0].quote', /occurs 3 times .* add a prefix or suffix/]],
  },
  {
    name: 'an impossible date',
    edit: (y) => y.replace("value: '2016-09-08'", "value: '2017-02-30'"),
    problems: [['$.events[0].date.value', '2017-02-30 does not exist']],
  },
  {
    name: 'a meeting with fewer than two participants',
    edit: (y) => y.replace('      - { ref: person:bob, role: attendee }\n', ''),
    problems: [['$.events[0].participants', 'a meeting needs at least two participants, found 1']],
  },
  {
    name: 'SPOKE_FOR to an organization',
    edit: (y) => y.replace('onBehalfOf: person:alice', 'onBehalfOf: org:acme'),
    problems: [['$.statements[1].onBehalfOf', 'expected an id like person:some-name']],
  },
  {
    name: 'a missing source file',
    edit: (y) => y.replace('file: fixture.txt', 'file: missing.txt'),
    problems: [['$.sources[0].file', /source file not found: .*missing\.txt/]],
  },
  {
    name: 'several schema problems at once: every one is listed',
    edit: (y) =>
      y
        .replace('    name: Bob Example\n', '')
        .replace("value: '2016-09-08'", "value: '2016-02-30'")
        .replace('kind: organization', 'kind: club'),
    problems: [
      ['$.people[1].name', /expected string/],
      ['$.events[0].date.value', '2016-02-30 does not exist'],
      ['$.organizations[0].kind', /expected one of/],
    ],
  },
  {
    name: 'several cross-reference problems at once: every one is listed',
    edit: (y) =>
      y
        .replace('id: person:carol', 'id: person:bob')
        .replace('{ ref: person:bob, role', '{ ref: person:nobody, role')
        .replace("quote: 'Acme'", "quote: 'Acme Corp'"),
    problems: [
      ['$.people[2].id', 'duplicate id person:bob'],
      // Not in the file: looked up in the graph once the file is valid, listed until then.
      ['$.events[0].participants[1].ref', 'person:nobody (a Person)'],
      ['$.organizations[0].evidence[0].quote', 'is not in the source'],
    ],
  },
];

describe('seed refuses bad input: non-zero exit, every problem with file and JSON path, database unchanged', () => {
  const driver = testDriver();
  const coordinates = testCoordinates();
  const env = neo4jEnv(coordinates);

  beforeAll(async () => seedBundled(driver));
  afterAll(() => driver.close());

  it.each(CASES)('$name', async ({ edit, withSource, problems, line }) => {
    const file = brokenDataset(edit, { withSource: withSource ?? true });
    const before = await graphChecksum(driver, coordinates.database);
    const run = await runCli(['seed', file], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[DATASET_INVALID]');
    expect(run.stderr).toContain('nothing was written');
    for (const [path, message] of problems) {
      const lines = run.stderr
        .split('\n')
        .filter((l) => l.includes(file) && l.includes(`: ${path}: `));
      expect(lines, `a line for ${path} in:\n${run.stderr}`).not.toHaveLength(0);
      expect(lines.join('\n')).toMatch(
        message instanceof RegExp
          ? message
          : new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
    }
    if (line !== undefined) expect(run.stderr).toContain(`${file}:${line}:`);
    expect(await graphChecksum(driver, coordinates.database)).toEqual(before);
  });

  it('one run lists every problem of every file: schema, reference and evidence problems together', async () => {
    const several = brokenDataset((y) =>
      y
        .replace('    name: Bob Example\n', '')
        .replace('{ ref: person:alice, role', '{ ref: person:nobody, role')
        .replace("quote: 'Acme'", "quote: 'Acme Corp'"),
    );
    const other = brokenDataset((y) =>
      y
        .replace('dataset: fixture-minimal', 'dataset: fixture-other')
        .replace('id: statement:carol-for-alice', 'id: statement:alice-denies'),
    );
    const before = await graphChecksum(driver, coordinates.database);
    const run = await runCli(['seed', several, other], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('3 problem(s); nothing was written');
    // The reference no file defines is listed too; the graph is searched once the files are valid.
    expect(run.stderr).toContain('Not looked up yet: 1 reference(s)');
    const expected: [string, string, string][] = [
      [several, '$.people[1].name', 'expected string'],
      [several, '$.events[0].participants[0].ref', 'person:nobody (a Person)'],
      [several, '$.organizations[0].evidence[0].quote', 'is not in the source'],
      [other, '$.statements[1].id', 'duplicate id statement:alice-denies'],
    ];
    for (const [file, path, message] of expected) {
      const lines = run.stderr
        .split('\n')
        .filter((l) => l.includes(`${file}:`) && l.includes(`: ${path}: `));
      expect(lines.join('\n'), `${path} in:\n${run.stderr}`).toContain(message);
    }
    // A reference to the entry of the wrong shape (person:bob) is not reported as unknown.
    expect(run.stderr).not.toContain('unknown reference person:bob');
    expect(run.stderr).not.toContain('person:bob (a Person)');
    expect(await graphChecksum(driver, coordinates.database)).toEqual(before);
  });

  it('--dry-run validates and reports what would change, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testimony-dry-'));
    copyFileSync(join(FIXTURES, 'fixture.txt'), join(dir, 'fixture.txt'));
    writeFileSync(join(dir, 'dataset.yaml'), MINIMAL);
    const before = await graphChecksum(driver, coordinates.database);
    const run = await runCli(['seed', '--dry-run', '--json', join(dir, 'dataset.yaml')], env);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as {
      dryRun: boolean;
      plans: { dataset: string; nodes: { add: { list: string[] } } }[];
    };
    expect(summary.dryRun).toBe(true);
    expect(summary.plans[0]?.nodes.add.list).toEqual(
      expect.arrayContaining(['person:alice', 'person:bob', 'event:office-meeting']),
    );
    expect(await graphChecksum(driver, coordinates.database)).toEqual(before);
  });
});
