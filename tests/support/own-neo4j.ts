import { rm } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { loadEnv, type Env } from '../../src/config/index.js';
import { silentReporter, type Reporter } from '../../src/log.js';
import { createDriver } from '../../src/neo4j/index.js';
import {
  freePort,
  localLayout,
  type ProvisionedNeo4j,
  startLocalJvm,
} from '../../src/neo4j/provision/index.js';

/**
 * A local Neo4j of a test's own (its own instance folder and free ports), for tests that stop,
 * freeze or starve a server: the run's shared one is untouched. Local-JVM strategy only.
 */
export interface OwnNeo4j {
  env: Env;
  /** The running server; `restart()` replaces it. */
  neo4j: ProvisionedNeo4j;
  driver: Driver;
  /** Starts the same instance again (after `neo4j.stop()`), same ports, same data. */
  restart(): Promise<void>;
  /** Closes the driver, stops the server and deletes the instance folder. */
  stop(): Promise<void>;
}

export async function startOwnNeo4j(
  name: string,
  settings: Record<string, string> = {},
  reporter: Reporter = silentReporter,
): Promise<OwnNeo4j> {
  const env = loadEnv({
    ...process.env,
    TESTIMONY_NEO4J_INSTANCE: `${name}-${process.pid}`,
    TESTIMONY_NEO4J_BOLT_PORT: String(await freePort()),
    TESTIMONY_NEO4J_HTTP_PORT: String(await freePort()),
    NEO4J_URI: '',
    ...settings,
  });
  const removeInstance = () => rm(localLayout(env).instance, { recursive: true, force: true });
  const neo4j = await startLocalJvm(env, reporter).catch(async (error: unknown) => {
    await removeInstance();
    throw error;
  });
  const own: OwnNeo4j = {
    env,
    neo4j,
    driver: createDriver(neo4j.coordinates),
    restart: async () => {
      own.neo4j = await startLocalJvm(env, reporter);
    },
    stop: async () => {
      await own.driver.close();
      await own.neo4j.stop();
      await removeInstance();
    },
  };
  return own;
}
