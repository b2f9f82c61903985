import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { readCypher } from '../../src/neo4j/index.js';
import { clearGraph, graphChecksum } from '../support/graph.js';
import { testCoordinates, testDriver, seedBundled } from '../support/neo4j.js';
import { runCli, neo4jEnv } from '../support/cli.js';
import { OTHER_REPORTS } from '../support/other-reports.js';

const SECOND = join(import.meta.dirname, '..', 'fixtures', 'datasets', 'second', 'second.yaml');

/** Two seeds at once: the second waits for the first (or, with --no-wait, is refused); never a mix. */
describe('concurrent seeds', () => {
  const driver = testDriver();
  const coordinates = testCoordinates();
  const { database } = coordinates;
  const env = neo4jEnv(coordinates);
  const checksum = () => graphChecksum(driver, database);

  beforeEach(async () => {
    await clearGraph(driver, database);
    await seedBundled(driver);
  });
  afterAll(async () => {
    await clearGraph(driver, database);
    await seedBundled(driver);
    await driver.close();
  });

  /** A transaction that holds the seed lock as a running seed does, until released. */
  async function holdSeedLock() {
    const session = driver.session({ database });
    const tx = await session.beginTransaction({ metadata: { app: 'testimony', query: 'seed' } });
    await tx.run(readCypher('load/lock.cypher'), { id: 'seed' });
    return async () => {
      await tx.rollback();
      await session.close();
    };
  }

  /** Whether a seed other than the holder is blocked on the lock statement. */
  async function seedWaitingOnLock(): Promise<boolean> {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.query = 'seed' AND currentQuery CONTAINS 'SeedLock' RETURN count(*) AS n",
      {},
      { database },
    );
    return Number(records[0]?.get('n')) > 0;
  }

  it('--no-wait refuses with SEED_LOCKED while another seed writes; the graph is unchanged', async () => {
    const before = await checksum();
    const release = await holdSeedLock();
    try {
      const run = await runCli(['seed', '--no-wait', SECOND], env);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('[SEED_LOCKED]');
      expect(run.stderr).toContain('Another seed is writing');
    } finally {
      await release();
    }
    expect(await checksum()).toEqual(before);
  });

  it('without --no-wait, waits for the other seed to finish, then writes', async () => {
    const release = await holdSeedLock();
    const running = runCli(['seed', SECOND], env, { timeoutMs: 120_000 });
    let waited = false;
    for (let i = 0; i < 600 && !waited; i += 1) {
      waited = await seedWaitingOnLock();
      if (!waited) await sleep(50);
    }
    // Held past the moment the waiting seed says that it waits (one second), then released.
    if (waited) await sleep(1500);
    await release();
    const run = await running;
    expect(waited, 'the seed was seen waiting on the lock').toBe(true);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('another seed is writing; waiting for it to finish');
  });

  it('two seeds started at the same moment both land, one after the other: never a mixed graph', async () => {
    const [a, b] = await Promise.all([
      runCli(['seed', SECOND], env, { timeoutMs: 120_000 }),
      runCli(['seed', OTHER_REPORTS], env, { timeoutMs: 120_000 }),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const together = await checksum();
    // The same datasets seeded one after the other (the merge does not depend on the order).
    await clearGraph(driver, database);
    await seedBundled(driver);
    expect((await runCli(['seed', SECOND], env)).code).toBe(0);
    expect((await runCli(['seed', OTHER_REPORTS], env)).code).toBe(0);
    expect(together).toEqual(await checksum());
  });
});
