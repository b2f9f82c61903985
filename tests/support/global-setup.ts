import type { TestProject } from 'vitest/node';
import { loadEnv } from '../../src/config/index.js';
import { streamReporter } from '../../src/log.js';
import type { Neo4jCoordinates } from '../../src/neo4j/index.js';
import {
  provisionNeo4j,
  type ProvisionedNeo4j,
  type StrategyName,
} from '../../src/neo4j/provision/index.js';
import { TEST_INSTANCE_ENV } from './test-env.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jCoordinates;
    neo4jStrategy: StrategyName;
  }
}

/**
 * The integration and e2e projects both list this setup; vitest runs it once per project. The
 * first call provisions, later ones reuse it (one Neo4j per run, not one per project), and the
 * last teardown stops it. Kept on globalThis: each project may load this module afresh.
 */
interface Shared {
  neo4j: Promise<ProvisionedNeo4j>;
  users: number;
}
const shared = globalThis as { testimonyTestNeo4j?: Shared };

/**
 * ONE Neo4j for the whole run, by the same provisioning as `npm start`: NEO4J_URI if set, else a
 * Docker container if an engine answers, else the local server on the test instance's own ports
 * and data folder, so a running `npm start` is never touched.
 */
export async function setup(project: TestProject): Promise<void> {
  shared.testimonyTestNeo4j ??= { neo4j: provision(), users: 0 };
  shared.testimonyTestNeo4j.users += 1;
  const neo4j = await shared.testimonyTestNeo4j.neo4j;
  project.provide('neo4j', neo4j.coordinates);
  project.provide('neo4jStrategy', neo4j.strategy);
}

export async function teardown(): Promise<void> {
  const current = shared.testimonyTestNeo4j;
  if (!current || (current.users -= 1) > 0) return;
  shared.testimonyTestNeo4j = undefined;
  await (await current.neo4j).stop();
}

async function provision(): Promise<ProvisionedNeo4j> {
  const env = loadEnv({ ...process.env, ...testOverrides() });
  const neo4j = await provisionNeo4j(env, {
    reporter: streamReporter(process.stderr),
    allowContainer: true,
  });
  process.stderr.write(
    `Tests use Neo4j at ${neo4j.coordinates.uri} (strategy ${neo4j.strategy}).\n`,
  );
  return neo4j;
}

/** The test instance's own settings win over the developer's npm-start settings. */
function testOverrides(): Record<string, string> {
  const { TESTIMONY_TEST_BOLT_PORT, TESTIMONY_TEST_HTTP_PORT } = process.env;
  return {
    TESTIMONY_NEO4J_INSTANCE: 'test',
    TESTIMONY_NEO4J_BOLT_PORT:
      TESTIMONY_TEST_BOLT_PORT ?? TEST_INSTANCE_ENV.TESTIMONY_NEO4J_BOLT_PORT,
    TESTIMONY_NEO4J_HTTP_PORT:
      TESTIMONY_TEST_HTTP_PORT ?? TEST_INSTANCE_ENV.TESTIMONY_NEO4J_HTTP_PORT,
  };
}
