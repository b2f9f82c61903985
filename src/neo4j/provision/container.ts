import type * as Testcontainers from 'testcontainers';
import type { Env } from '../../config/index.js';
import { logger, type Reporter } from '../../log.js';
import { verifyNeo4j } from '../driver.js';
import { provisioned, type ProvisionedNeo4j } from './types.js';
import { NEO4J_DOCKER_IMAGE } from './versions.js';

const log = logger('provision');

/**
 * Strategy b, for tests on machines with a Docker engine: a throwaway neo4j container.
 * testcontainers is a dev dependency, so it is imported only here and only when asked;
 * undefined means "no engine answered, try the next strategy".
 */
export async function tryContainer(
  env: Env,
  reporter: Reporter,
): Promise<ProvisionedNeo4j | undefined> {
  let testcontainers: typeof Testcontainers;
  try {
    testcontainers = await import('testcontainers');
    await testcontainers.getContainerRuntimeClient();
  } catch (error) {
    log.debug(
      { reason: error instanceof Error ? error.message : String(error) },
      'container strategy rejected: no Docker engine answered',
    );
    return undefined;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  reporter.info(`Starting ${NEO4J_DOCKER_IMAGE} in Docker…`);
  const password = env.NEO4J_PASSWORD ?? `tc-${crypto.randomUUID()}`;
  const container = await new Neo4jContainer(NEO4J_DOCKER_IMAGE).withPassword(password).start();
  const coordinates = {
    uri: container.getBoltUri().replace(/^bolt:/, 'neo4j:'),
    username: container.getUsername(),
    password: container.getPassword(),
    database: env.NEO4J_DATABASE,
    httpUrl: container.getHttpUri().replace(/\/$/, ''),
  };
  try {
    await verifyNeo4j(coordinates);
  } catch (error) {
    await container.stop();
    throw error;
  }
  return provisioned('container', coordinates, async () => {
    await container.stop();
  });
}
