/**
 * `testimony conflicts` as a user runs it, on the bundled report and the other-reports fixture
 * (tests/fixtures/datasets/other-reports), seeded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jEnv, runCli } from '../support/cli.js';
import { testCoordinates, testDriver } from '../support/neo4j.js';
import { seedBundledOnly, seedOtherReports } from '../support/other-reports.js';

const driver = testDriver();
const target = testCoordinates();
const testimony = (...args: string[]) => runCli(args, neo4jEnv(target), { bin: true });

beforeAll(async () => {
  await seedOtherReports(driver);
});
afterAll(async () => {
  await seedBundledOnly(driver);
  await driver.close();
});

interface Json {
  conflicts: {
    totalCount: number;
    truncated: boolean;
    items: {
      kind: string;
      verdict: string;
      subject: { id: string };
      sides: {
        dataset: string;
        value: string | null;
        sources: { title: string; publisher: { name: string } | null }[];
        evidence: { quote: string }[];
        claimedBy: { speaker: { id: string } } | null;
      }[];
    }[];
  };
}

describe('testimony conflicts', () => {
  it('prints each conflict with its sides, sources, publishers and quotes; the JSON says the same', async () => {
    const run = await testimony('conflicts');
    expect(run.code).toBe(0);
    process.stdout.write(`\n--- testimony conflicts ---\n${run.stdout}\n`);
    expect(run.stdout).toContain(
      'EVENT_DATE conflicts: Office meeting between Sessions and Kislyak (event:meeting-sessions-kislyak-2016-09-08)',
    );
    expect(run.stdout).toContain(
      '2016-08 (2016-08-01 to 2016-08-31) and 2016-09-08 (2016-09-08) do not overlap',
    );
    expect(run.stdout).toContain(
      'COUNT conflicts: First conversation between Sessions and Kislyak',
    );
    expect(run.stdout).toMatch(/twice = exactly 2/);
    expect(run.stdout).toContain('The Morning Ledger');
    expect(run.stdout).toContain('(Fixture Wire)');
    expect(run.stdout).toContain('DESCRIPTION differs: Sergey Kislyak (person:sergey-kislyak)');
    expect(run.stdout).toContain('6 conflict(s).');
    expect(run.stdout).not.toContain('\u001b[');

    const json = await testimony('conflicts', '--format', 'json');
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout) as Json;
    expect(data.conflicts.totalCount).toBe(6);
    expect(data.conflicts.items.map((c) => [c.kind, c.verdict])).toEqual([
      ['EVENT_DATE', 'CONFLICTS'],
      ['COUNT', 'CONFLICTS'],
      ['PLACE', 'DIFFERS'],
      ['DESCRIPTION', 'DIFFERS'],
      ['DESCRIPTION', 'DIFFERS'],
      ['DESCRIPTION', 'DIFFERS'],
    ]);
    const count = data.conflicts.items[1];
    expect(count?.sides[0]).toMatchObject({
      dataset: 'fixture-other-reports',
      value: 'twice',
      claimedBy: { speaker: { id: 'source:morning-ledger-2017-03-01' } },
      sources: [{ publisher: { name: 'Fixture Wire' } }],
    });
    // The table shows the facts of the JSON: every side's first quote begins a cell (long
    // cells wrap, so only their first words are on one line).
    for (const item of data.conflicts.items)
      for (const side of item.sides)
        expect(run.stdout).toContain(
          `“${(side.evidence[0]?.quote ?? '').split(' ').slice(0, 3).join(' ')}`,
        );
  });

  it('narrows to a person and to kinds, and caps with --first', async () => {
    const run = await testimony('conflicts', 'sarah flores', '--format', 'json');
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout) as Json;
    expect(data.conflicts.items.map((c) => c.subject.id)).toEqual(['person:sarah-isgur-flores']);
    const kinds = await testimony('conflicts', 'sessions', '--kind', 'count,event-date');
    expect(kinds.code).toBe(0);
    expect(kinds.stdout).toContain('2 conflict(s).');
    const first = await testimony('conflicts', '--first', '2');
    expect(first.stdout).toContain('2 of 6 conflicts shown (--first for more).');
  });

  it('runs the named query as it is: the same sides, unjudged', async () => {
    const run = await testimony(
      'query',
      'conflicts',
      '--param',
      'person=person:jeff-sessions',
      '--param',
      'ids=null',
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    const [row] = JSON.parse(run.stdout) as {
      clusters: { cluster: string }[];
      versioned: unknown[];
    }[];
    expect(row?.clusters.map((c) => c.cluster)).toEqual([
      'event:fixture-sessions-kislyak-july-2016',
      'event:fixture-sessions-kislyak-office-2016',
    ]);
    expect(row?.versioned).toHaveLength(1);
  });

  it('refuses an unknown person (closest names, exit 1), an unknown kind and --first out of range (exit 2)', async () => {
    const unknown = await testimony('conflicts', 'Sesions');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('[NOT_FOUND] No person is called "Sesions".');
    expect(unknown.stderr).toContain('Jeff Sessions (person:jeff-sessions)');
    const kind = await testimony('conflicts', '--kind', 'when');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('expected kinds from event-date, count');
    const first = await testimony('conflicts', '--first', '0');
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('expected a whole number from 1 to 100');
  });
});
