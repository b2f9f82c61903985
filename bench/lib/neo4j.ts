import { rm } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { type Env, loadEnv } from '../../src/config/index.js';
import { silentReporter, type Reporter } from '../../src/log.js';
import { createDriver } from '../../src/neo4j/index.js';
import {
  freePort,
  localLayout,
  type ProvisionedNeo4j,
  startLocalJvm,
} from '../../src/neo4j/provision/index.js';

/**
 * The benchmarks' own local Neo4j instances (never the developer's `npm start` one, never a
 * NEO4J_URI: the bench empties its database between sizes). Memory is sized for 100k people
 * in one seed transaction; the machine has 24 GiB.
 */
export interface BenchNeo4j {
  env: Env;
  neo4j: ProvisionedNeo4j;
  driver: Driver;
  database: string;
}

export async function benchEnv(
  instance: string,
  memory: { heap: string; pageCache: string },
): Promise<Env> {
  return loadEnv({
    ...process.env,
    NEO4J_URI: '',
    TESTIMONY_NEO4J_INSTANCE: instance,
    TESTIMONY_NEO4J_BOLT_PORT: String(await freePort()),
    TESTIMONY_NEO4J_HTTP_PORT: String(await freePort()),
    TESTIMONY_NEO4J_HEAP: memory.heap,
    TESTIMONY_NEO4J_PAGECACHE: memory.pageCache,
  });
}

/** Starts a fresh instance (its data folder deleted first, so every run starts from nothing). */
export async function startBenchNeo4j(
  env: Env,
  reporter: Reporter = silentReporter,
): Promise<BenchNeo4j> {
  await rm(localLayout(env).instance, { recursive: true, force: true });
  const neo4j = await startLocalJvm(env, reporter);
  return {
    env,
    neo4j,
    driver: createDriver(neo4j.coordinates),
    database: neo4j.coordinates.database,
  };
}

export async function stopBenchNeo4j(
  bench: BenchNeo4j,
  { remove }: { remove: boolean },
): Promise<void> {
  await bench.driver.close();
  await bench.neo4j.stop();
  if (remove) await rm(localLayout(bench.env).instance, { recursive: true, force: true });
}

/** Empties the database in batches (one transaction per 10k nodes keeps the heap small). */
export async function clearGraph(bench: BenchNeo4j): Promise<void> {
  const session = bench.driver.session({ database: bench.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
