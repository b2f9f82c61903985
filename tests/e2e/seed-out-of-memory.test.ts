import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSynthetic } from '../../bench/synthetic/write.js';
import { loadEnv } from '../../src/config/index.js';
import { silentReporter } from '../../src/log.js';
import { createDriver } from '../../src/neo4j/index.js';
import {
  freePort,
  localLayout,
  type ProvisionedNeo4j,
  startLocalJvm,
} from '../../src/neo4j/provision/index.js';
import { neo4jEnv, runCli } from '../support/cli.js';
import { graphChecksum } from '../support/graph.js';
import { LOCAL_JVM_ONLY, withoutLocalJvm } from '../support/neo4j.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'datasets');

// A local instance of its own with a small transaction memory limit (the generated
// db.memory.transaction.max), so that the shared one is untouched and the limit is reached fast.
describe.skipIf(withoutLocalJvm())(
  `a seed larger than Neo4j's transaction memory ${LOCAL_JVM_ONLY}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'testimony-oom-'));
    let neo4j: ProvisionedNeo4j | undefined;
    let driver: ReturnType<typeof createDriver> | undefined;
    let env: ReturnType<typeof loadEnv> | undefined;

    afterAll(async () => {
      await driver?.close();
      await neo4j?.stop();
      if (env) await rm(localLayout(env).instance, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    });

    it('fails with NEO4J_OUT_OF_MEMORY naming the dataset and what to raise, leaves the graph as it was, and Neo4j answers', async () => {
      env = loadEnv({
        ...process.env,
        TESTIMONY_NEO4J_INSTANCE: `seed-oom-${process.pid}`,
        TESTIMONY_NEO4J_BOLT_PORT: String(await freePort()),
        TESTIMONY_NEO4J_HTTP_PORT: String(await freePort()),
        TESTIMONY_NEO4J_HEAP: '256m',
        TESTIMONY_NEO4J_TX_MEMORY: '4m',
        NEO4J_URI: '',
      });
      neo4j = await startLocalJvm(env, silentReporter);
      driver = createDriver(neo4j.coordinates);
      const { database } = neo4j.coordinates;
      const cli = neo4jEnv(neo4j.coordinates);

      // A small dataset fits: the graph the failed seed must leave as it was.
      const small = await runCli(['seed', join(FIXTURES, 'minimal.yaml')], cli);
      expect(small.stderr).not.toMatch(/\[[A-Z_]+\]/);
      expect(small.code).toBe(0);
      const before = await graphChecksum(driver, database);
      expect(before.nodes).toBeGreaterThan(0);

      const large = await writeSynthetic(dir, { people: 2000, seed: 3, name: 'too-large' });
      const run = await runCli(['seed', large], cli, { timeoutMs: 240_000 });
      console.info(
        run.stderr
          .split('\n')
          .filter((line) => /OUT_OF_MEMORY|What to do/.test(line))
          .join('\n'),
      );
      expect(run.stderr).toContain('[NEO4J_OUT_OF_MEMORY]');
      expect(run.stderr).toContain('too-large');
      expect(run.stderr).toMatch(/TESTIMONY_NEO4J_HEAP/);
      expect(run.stderr).toMatch(/db\.memory\.transaction\.max/);
      expect(run.stderr).not.toMatch(/Neo4jError|at .*\.ts:\d+/);
      expect(run.code).toBe(1);

      // Right after: Neo4j answers a read, and holds what it held.
      const count = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database });
      expect(Number(count.records[0]?.get('n'))).toBe(before.nodes);
      expect(await graphChecksum(driver, database)).toEqual(before);
    }, 420_000);
  },
);
