import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph, graphChecksum } from '../support/graph.js';
import { testCoordinates, testDriver, seedBundled } from '../support/neo4j.js';
import { runCli, neo4jEnv } from '../support/cli.js';
import { join } from 'node:path';

const SECOND = join(import.meta.dirname, '..', 'fixtures', 'datasets', 'second', 'second.yaml');

/** `testimony seed --remove` as a user runs it: dry run, removal, refusals; graph checked by checksum. */
describe('seed --remove <dataset>', () => {
  const driver = testDriver();
  const coordinates = testCoordinates();
  const env = neo4jEnv(coordinates);
  const checksum = () => graphChecksum(driver, coordinates.database);
  let bundledAlone: Awaited<ReturnType<typeof checksum>>;

  beforeAll(async () => {
    await clearGraph(driver, coordinates.database);
    await seedBundled(driver);
    bundledAlone = await checksum();
    const seeded = await runCli(['seed', SECOND], env);
    expect(seeded.code, seeded.stderr).toBe(0);
  });
  afterAll(async () => {
    await clearGraph(driver, coordinates.database);
    await seedBundled(driver);
    await driver.close();
  });

  it('--dry-run lists what would be released and kept, and writes nothing', async () => {
    const before = await checksum();
    const run = await runCli(['seed', '--remove', 'fixture-second', '--dry-run', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    const [plan] = (JSON.parse(run.stdout) as { plans: { nodes: { release: unknown } }[] }).plans;
    expect(plan?.nodes.release).toMatchObject({ count: 28, kept: 1, truncated: true, more: 8 });
    expect(await checksum()).toEqual(before);
  });

  it('refuses files beside --remove, and an unknown dataset, exit non-zero, graph unchanged', async () => {
    const before = await checksum();
    const both = await runCli(['seed', '--remove', 'fixture-second', SECOND], env);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('[USAGE]');
    const unknown = await runCli(['seed', '--remove', 'no-such-dataset'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('[NOT_FOUND]');
    expect(unknown.stderr).toContain('fixture-second, sessions-recusal-2017-03-02');
    expect(await checksum()).toEqual(before);
  });

  it('removes the dataset: the graph equals, by checksum, the bundled dataset seeded alone', async () => {
    const run = await runCli(['seed', '--remove', 'fixture-second'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Removed fixture-second.');
    expect(await checksum()).toEqual(bundledAlone);
  });
});
