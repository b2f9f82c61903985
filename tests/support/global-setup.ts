import type { TestProject } from 'vitest/node';
import { loadEnv } from '../../src/config/env.js';
import { streamReporter } from '../../src/log.js';
import type { Neo4jCoordinates } from '../../src/neo4j/driver.js';
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

let neo4j: ProvisionedNeo4j | undefined;

/**
 * ONE Neo4j for the whole run, by the same provisioning as `npm start`: NEO4J_URI if set, else a
 * Docker container if an engine answers, else the local server on the test instance's own ports
 * and data folder, so a running `npm start` is never touched.
 */
export async function setup(project: TestProject): Promise<void> {
  const env = loadEnv({ ...process.env, ...testOverrides() });
  neo4j = await provisionNeo4j(env, {
    reporter: streamReporter(process.stderr),
    allowContainer: true,
  });
  process.stderr.write(
    `Tests use Neo4j at ${neo4j.coordinates.uri} (strategy ${neo4j.strategy}).\n`,
  );
  project.provide('neo4j', neo4j.coordinates);
  project.provide('neo4jStrategy', neo4j.strategy);
}

export async function teardown(): Promise<void> {
  await neo4j?.stop();
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
