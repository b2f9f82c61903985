import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../support/graph.js';
import { testCoordinates, testDriver } from '../support/neo4j.js';
import { runCli, signalChildren, neo4jEnv } from '../support/cli.js';
import { writeSynthetic } from '../../bench/synthetic/write.js';

describe('a seed killed mid-write', () => {
  const driver = testDriver();
  const coordinates = testCoordinates();
  const env = neo4jEnv(coordinates);
  afterAll(() => driver.close());

  /** The seed's transaction, seen from the server, running a statement that `matches`. */
  async function seedRunning(matches: (query: string) => boolean): Promise<boolean> {
    const result = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.query = 'seed' RETURN currentQuery",
      {},
      { database: coordinates.database },
    );
    return result.records.some((record) => matches(String(record.get('currentQuery'))));
  }
  /** Writing curated relationships: nodes already written, in many batches. */
  const writingRelationships = (query: string) =>
    query.includes('CREATE (a)-[r:$(row.type)]->(b)') && query.includes('r.dataset = $dataset');
  /** Writing the derived MET_WITH and SPOKE_FOR: the last statements before the commit. */
  const writingDerived = (query: string) =>
    query.includes('CREATE (a)-[r:$(row.type)]->(b)') && !query.includes('r.dataset = $dataset');

  /** Until the server has rolled back the killed seed's transaction. */
  async function killedSeedGone(): Promise<void> {
    for (let i = 0; i < 200; i += 1) {
      const open = await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = 'seed' RETURN count(*) AS n",
        {},
        { database: coordinates.database },
      );
      if (Number(open.records[0]?.get('n')) === 0) return;
      await sleep(50);
    }
  }

  /** Starts a seed of `file` in small batches and SIGKILLs it once the server runs `moment`. */
  async function killDuring(file: string, moment: (query: string) => boolean) {
    const running = runCli(['seed', '--batch-size', '20', file], neo4jEnv(coordinates), {
      timeoutMs: 120_000,
    });
    let caught = false;
    for (let i = 0; i < 2400 && !caught; i += 1) {
      caught = await seedRunning(moment);
      if (!caught) await sleep(25);
    }
    signalChildren('SIGKILL');
    const run = await running;
    await killedSeedGone();
    return { caught, run };
  }

  it('leaves the previous graph intact (SIGKILL during the batches); the next seed succeeds', async () => {
    // The bench generator's 1000 people make ~9000 facts: many batches of 20 to catch midway.
    const file = await writeSynthetic(mkdtempSync(join(tmpdir(), 'testimony-kill-')), {
      people: 1000,
      seed: 11,
      name: 'synthetic-kill',
    });
    const before = await graphChecksum(driver, coordinates.database);
    const { caught, run } = await killDuring(file, writingRelationships);
    expect(caught, 'the seed transaction was seen writing relationships before the kill').toBe(
      true,
    );
    expect(run.code).toBeNull(); // killed, not finished
    expect(await graphChecksum(driver, coordinates.database)).toEqual(before);
    const leaked = await driver.executeQuery(
      "MATCH (n:Entity) WHERE n.id STARTS WITH 'person:synthetic-kill' RETURN count(n) AS n",
      {},
      { database: coordinates.database },
    );
    expect(Number(leaked.records[0]?.get('n'))).toBe(0);
    // Nothing is left to clean up: the next seed (lock included) runs as if none had been killed.
    const next = await runCli(['seed', '--remove', 'synthetic-kill', '--dry-run'], env);
    expect(next.code).toBe(1); // the killed seed left no trace of its dataset
    expect(next.stderr).toContain('[NOT_FOUND]');
  });

  it('leaves the old graph or the whole new one (SIGKILL at the last statements, before the commit); the next seed succeeds', async () => {
    const file = await writeSynthetic(mkdtempSync(join(tmpdir(), 'testimony-kill-')), {
      people: 1000,
      seed: 12,
      name: 'synthetic-kill-late',
    });
    const before = await graphChecksum(driver, coordinates.database);
    const { caught, run } = await killDuring(file, writingDerived);
    expect(caught, 'the seed was seen deriving MET_WITH and SPOKE_FOR before the kill').toBe(true);
    const afterKill = await graphChecksum(driver, coordinates.database);
    const next = await runCli(['seed', file], env, { timeoutMs: 120_000 });
    expect(next.code, next.stderr).toBe(0);
    const seeded = await graphChecksum(driver, coordinates.database);
    expect(run.code).toBeNull(); // killed, not finished
    // Killed before its commit: the old graph. Had the commit gone out, the whole new one.
    expect([before, seeded]).toContainEqual(afterKill);
    await runCli(['seed', '--remove', 'synthetic-kill-late'], env, { timeoutMs: 120_000 });
  });
});
