import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSynthetic } from '../../bench/synthetic/write.js';
import { neo4jEnv, runCli } from '../support/cli.js';
import { graphChecksum } from '../support/graph.js';
import { LOCAL_JVM_ONLY, withoutLocalJvm } from '../support/neo4j.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'datasets');

// A local instance of its own with a small transaction memory limit (the generated
// db.memory.transaction.max), so that the shared one is untouched and the limit is reached fast.
describe.skipIf(withoutLocalJvm())(
  `a seed larger than Neo4j's transaction memory ${LOCAL_JVM_ONLY}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'testimony-oom-'));
    let own: OwnNeo4j | undefined;

    afterAll(async () => {
      await own?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('fails with NEO4J_OUT_OF_MEMORY naming the dataset and what to raise, leaves the graph as it was, and Neo4j answers', async () => {
      own = await startOwnNeo4j('seed-oom', {
        TESTIMONY_NEO4J_HEAP: '256m',
        TESTIMONY_NEO4J_TX_MEMORY: '4m',
      });
      const { driver } = own;
      const { database } = own.neo4j.coordinates;
      const cli = neo4jEnv(own.neo4j.coordinates);

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
