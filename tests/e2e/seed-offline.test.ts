import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/index.js';
import { bundledDatasets, prepareDatasets, seed } from '../../src/loader/index.js';
import { silentReporter } from '../../src/log.js';
import { createDriver } from '../../src/neo4j/index.js';
import { localLayout, startLocalJvm } from '../../src/neo4j/provision/index.js';
import { baseEnv, freePort, runCli } from '../support/cli.js';
import { graphChecksum, graphCounts } from '../support/graph.js';
import { LOCAL_JVM_ONLY, withoutLocalJvm } from '../support/neo4j.js';
import { OTHER_REPORTS } from '../support/other-reports.js';
import { startOwnNeo4j } from '../support/own-neo4j.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'datasets');
const FILES = [...bundledDatasets(), OTHER_REPORTS];

/** A copy of the minimal dataset with a required field removed (the online seed's error too). */
function invalidDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-offline-bad-'));
  copyFileSync(join(FIXTURES, 'fixture.txt'), join(dir, 'fixture.txt'));
  const file = join(dir, 'dataset.yaml');
  writeFileSync(
    file,
    readFileSync(join(FIXTURES, 'minimal.yaml'), 'utf8').replace('    name: Bob Example\n', ''),
  );
  return file;
}

type Checksum = Awaited<ReturnType<typeof graphChecksum>>;

// neo4j-admin runs on the local Maven-built Neo4j, into local instances of this test's own.
describe.skipIf(withoutLocalJvm())(`testimony seed --offline ${LOCAL_JVM_ONLY}`, () => {
  const settings: Record<string, string> = {};
  let env: ReturnType<typeof loadEnv>;
  /** The offline instance's graph right after the offline seed. */
  let offline: Checksum;

  const cli = (args: string[], extra: Record<string, string> = {}) =>
    runCli(['seed', ...args], baseEnv({ ...settings, ...extra }), { timeoutMs: 240_000 });

  /** The offline instance's graph now (started for the question, stopped again). */
  const offlineGraph = async (): Promise<Checksum> => {
    const neo4j = await startLocalJvm(env, silentReporter);
    const driver = createDriver(neo4j.coordinates);
    try {
      return await graphChecksum(driver, neo4j.coordinates.database);
    } finally {
      await driver.close();
      await neo4j.stop();
    }
  };

  beforeAll(async () => {
    Object.assign(settings, {
      TESTIMONY_NEO4J_INSTANCE: `offline-${process.pid}`,
      TESTIMONY_NEO4J_BOLT_PORT: String(await freePort()),
      TESTIMONY_NEO4J_HTTP_PORT: String(await freePort()),
    });
    env = loadEnv({ ...process.env, NEO4J_URI: '', ...settings });
  });
  afterAll(async () => {
    await rm(localLayout(env).instance, { recursive: true, force: true });
  });

  it("refuses an invalid dataset with the online seed's errors, before any server starts", async () => {
    const file = invalidDataset();
    const online = await cli([file]);
    const run = await cli(['--offline', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[DATASET_INVALID]');
    expect(run.stderr).toContain('nothing was written');
    const problems = (text: string) => text.split('\n').filter((l) => l.includes(file));
    expect(problems(run.stderr)).toEqual(problems(online.stderr));
    expect(problems(run.stderr).length).toBeGreaterThan(0);
    expect(run.stderr).not.toContain('Starting Neo4j');
  });

  it("refuses the online seed's options that mean nothing to an import", async () => {
    const run = await cli(['--offline', '--dry-run', '--batch-size', '10']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[USAGE]');
    expect(run.stderr).toContain('--dry-run, --batch-size');
  });

  it('loads a database that was started before but holds nothing (started once to ask, then replaced)', async () => {
    const own = await startOwnNeo4j('offline-started');
    try {
      await own.neo4j.stop();
      const run = await runCli(
        ['seed', '--offline', join(FIXTURES, 'minimal.yaml')],
        baseEnv({
          TESTIMONY_NEO4J_INSTANCE: own.env.TESTIMONY_NEO4J_INSTANCE,
          TESTIMONY_NEO4J_BOLT_PORT: String(own.env.TESTIMONY_NEO4J_BOLT_PORT),
          TESTIMONY_NEO4J_HTTP_PORT: String(own.env.TESTIMONY_NEO4J_HTTP_PORT),
        }),
        { timeoutMs: 240_000 },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('Starting Neo4j');
      await own.restart();
      const counts = await graphCounts(own.driver, own.neo4j.coordinates.database);
      expect(counts.labels.Person).toBeGreaterThan(0);
    } finally {
      await own.stop();
    }
  }, 300_000);

  it('refuses when NEO4J_URI names another server', async () => {
    const run = await cli(['--offline'], {
      NEO4J_URI: 'neo4j://127.0.0.1:1',
      NEO4J_PASSWORD: 'x',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[SEED_OFFLINE_LOCAL_ONLY]');
    expect(run.stderr).toContain('Nothing was written');
  });

  it('loads the bundled report and the other-reports fixture into an empty database, the same graph the online seed writes', async () => {
    const run = await cli(['--offline', '--json', ...FILES]);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { offline: boolean; nodes: number };
    expect(summary.offline).toBe(true);
    offline = await offlineGraph();
    expect(offline.nodes).toBe(summary.nodes);

    const own = await startOwnNeo4j('online-seed');
    try {
      await seed(own.driver, await prepareDatasets(FILES), {
        database: own.neo4j.coordinates.database,
        reporter: silentReporter,
      });
      const database = own.neo4j.coordinates.database;
      expect(offline).toEqual(await graphChecksum(own.driver, database));
      // The schema the online seed applies: constraints, indexes and the full-text index.
      const schema = async (driver: typeof own.driver, db: string) => {
        const { records } = await driver.executeQuery(
          'SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name',
          {},
          { database: db },
        );
        return records.map((r) => r.toObject());
      };
      const neo4j = await startLocalJvm(env, silentReporter);
      const driver = createDriver(neo4j.coordinates);
      try {
        expect(await schema(driver, neo4j.coordinates.database)).toEqual(
          await schema(own.driver, database),
        );
        expect(await graphCounts(driver, neo4j.coordinates.database)).toEqual(
          await graphCounts(own.driver, database),
        );
      } finally {
        await driver.close();
        await neo4j.stop();
      }
    } finally {
      await own.stop();
    }
  }, 600_000);

  it('refuses a database that is not empty, and leaves it as it was', async () => {
    const run = await cli(['--offline', ...FILES]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[SEED_OFFLINE_NOT_EMPTY]');
    expect(run.stderr).toContain('Use the online seed');
    expect(await offlineGraph()).toEqual(offline);
  }, 300_000);

  it('refuses while a server runs on the instance, and leaves it running and as it was', async () => {
    const neo4j = await startLocalJvm(env, silentReporter);
    try {
      const run = await cli(['--offline', ...FILES]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('[SEED_OFFLINE_SERVER_RUNNING]');
      const driver = createDriver(neo4j.coordinates);
      try {
        expect(await graphChecksum(driver, neo4j.coordinates.database)).toEqual(offline);
      } finally {
        await driver.close();
      }
    } finally {
      await neo4j.stop();
    }
  }, 300_000);
});
