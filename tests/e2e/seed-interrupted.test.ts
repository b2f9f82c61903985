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
  afterAll(() => driver.close());

  /** The seed's transaction, seen from the server, once it is writing relationships (nodes already written). */
  async function seedWritingRelationships(): Promise<boolean> {
    const result = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.query = 'seed' RETURN currentQuery",
      {},
      { database: coordinates.database },
    );
    return result.records.some((record) =>
      String(record.get('currentQuery')).includes('CREATE (a)-[r:$(row.type)]->(b)'),
    );
  }

  it('leaves the previous graph intact (SIGKILL during the one write transaction)', async () => {
    // The bench generator's 1000 people make ~9000 facts: many batches of 20 to catch midway.
    const file = await writeSynthetic(mkdtempSync(join(tmpdir(), 'testimony-kill-')), {
      people: 1000,
      seed: 11,
      name: 'synthetic-kill',
    });
    const before = await graphChecksum(driver, coordinates.database);
    const env = neo4jEnv(coordinates);
    // Small batches make the one transaction many round trips long, so it can be caught midway.
    const running = runCli(['seed', '--batch-size', '20', file], env, { timeoutMs: 120_000 });
    let caught = false;
    for (let i = 0; i < 1200 && !caught; i += 1) {
      caught = await seedWritingRelationships();
      if (!caught) await sleep(25);
    }
    signalChildren('SIGKILL');
    const run = await running;
    expect(caught, 'the seed transaction was seen writing relationships before the kill').toBe(
      true,
    );
    expect(run.code).toBeNull(); // killed, not finished
    // The server rolls the transaction back when the connection drops; wait until it is gone.
    for (let i = 0; i < 200; i += 1) {
      const open = await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = 'seed' RETURN count(*) AS n",
        {},
        { database: coordinates.database },
      );
      if (Number(open.records[0]?.get('n')) === 0) break;
      await sleep(50);
    }
    expect(await graphChecksum(driver, coordinates.database)).toEqual(before);
    const leaked = await driver.executeQuery(
      "MATCH (n:Entity) WHERE n.id STARTS WITH 'person:synthetic-kill' RETURN count(n) AS n",
      {},
      { database: coordinates.database },
    );
    expect(Number(leaked.records[0]?.get('n'))).toBe(0);
  });
});
