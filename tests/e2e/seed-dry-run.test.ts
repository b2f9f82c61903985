import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph, graphChecksum } from '../support/graph.js';
import { testCoordinates, testDriver, seedBundled } from '../support/neo4j.js';
import { runCli, neo4jEnv } from '../support/cli.js';

const SECOND_DIR = join(import.meta.dirname, '..', 'fixtures', 'datasets', 'second');
const SECOND = join(SECOND_DIR, 'second.yaml');
const BUNDLED = 'sessions-recusal-2017-03-02';

interface Listed<T> {
  count: number;
  list: T[];
  truncated: boolean;
  more: number;
}
interface Plan {
  dataset: string;
  nodes: {
    add: Listed<string>;
    change: Listed<{ id: string; datasets: string[]; changes: boolean }> & { withChanges: number };
    release: Listed<{ id: string; keptBy: string[] }> & { kept: number };
  };
  relationships: Record<string, { before: number; after: number }>;
}

/** The second fixture without some of its people (and their lines), in a fresh folder. */
function secondWithout(ids: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-second-'));
  copyFileSync(join(SECOND_DIR, 'second.txt'), join(dir, 'second.txt'));
  let yaml = readFileSync(SECOND, 'utf8');
  for (const id of ids) yaml = yaml.replace(new RegExp(`  - id: ${id}\\n(    .*\\n)+`), '');
  yaml = yaml.replace('ref: person:jeff-sessions', 'ref: person:extra-02');
  writeFileSync(join(dir, 'second.yaml'), yaml);
  return join(dir, 'second.yaml');
}

describe('seed --dry-run beside another dataset: add, change, release, complete counts', () => {
  const driver = testDriver();
  const coordinates = testCoordinates();
  const env = neo4jEnv(coordinates);
  const dryRun = async (file: string) => {
    const run = await runCli(['seed', '--dry-run', '--json', file], env);
    expect(run.code, run.stderr).toBe(0);
    return (JSON.parse(run.stdout) as { plans: Plan[] }).plans[0] as Plan;
  };

  beforeAll(async () => {
    await clearGraph(driver, coordinates.database);
    await seedBundled(driver);
  });
  afterAll(async () => {
    await clearGraph(driver, coordinates.database);
    await seedBundled(driver);
    await driver.close();
  });

  it('a person another dataset holds is "change", not "add"; counts are complete, lists cut at 20', async () => {
    const before = await graphChecksum(driver, coordinates.database);
    const plan = await dryRun(SECOND);
    const { add, change, release } = plan.nodes;
    expect(add.list).not.toContain('person:jeff-sessions');
    expect(change.list).toEqual([
      { id: 'person:jeff-sessions', datasets: [BUNDLED], changes: expect.any(Boolean) as boolean },
    ]);
    expect(change.count).toBe(1);
    // 25 new people, the source and the dinner: all counted, 20 listed.
    expect(add.count).toBe(27);
    expect(add.list).toHaveLength(20);
    expect(add).toMatchObject({ truncated: true, more: 7 });
    expect(release.count).toBe(0);
    expect(plan.relationships.PARTICIPATED_IN).toEqual({ before: 0, after: 2 });

    const text = await runCli(['seed', '--dry-run', SECOND], env);
    expect(text.code).toBe(0);
    expect(text.stderr).toContain('27 to add, 1 already in the graph');
    expect(text.stderr).toMatch(
      /~ change person:jeff-sessions \(held by sessions-recusal-2017-03-02;/,
    );
    expect(text.stderr).not.toContain('+ add person:jeff-sessions');
    expect(text.stderr).toContain('    … and 7 more');
    expect(await graphChecksum(driver, coordinates.database)).toEqual(before);
  });

  it('a node the dataset drops is "release": kept when another dataset holds it, else deleted', async () => {
    const seeded = await runCli(['seed', SECOND], env);
    expect(seeded.code, seeded.stderr).toBe(0);
    const plan = await dryRun(secondWithout(['person:jeff-sessions', 'person:extra-25']));
    expect(plan.nodes.release.list).toEqual([
      { id: 'person:extra-25', keptBy: [] },
      { id: 'person:jeff-sessions', keptBy: [BUNDLED] },
    ]);
    expect(plan.nodes.release).toMatchObject({ count: 2, kept: 1, truncated: false, more: 0 });
    expect(plan.nodes.add.count).toBe(0);
    expect(plan.nodes.change.count).toBe(26);
    // Seeded just now from the same entries: nothing would change.
    expect(plan.nodes.change.withChanges).toBe(0);
    const text = await runCli(['seed', '--dry-run', secondWithout(['person:jeff-sessions'])], env);
    expect(text.stderr).toContain(`- release person:jeff-sessions (stays: held by ${BUNDLED})`);
  });
});
