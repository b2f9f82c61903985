import { redactUri, type Env } from '../../config/index.js';
import { TestimonyError } from '../../errors.js';
import { logger, type Reporter } from '../../log.js';
import { verifyNeo4j, type Neo4jCoordinates } from '../driver.js';
import { tryContainer } from './container.js';
import { localCoordinates, startLocalJvm } from './local-jvm/index.js';
import { provisioned, type ProvisionedNeo4j } from './types.js';

export type { ProvisionedNeo4j, StrategyName } from './types.js';
export { NEO4J_VERSION, NEO4J_BROWSER_VERSION, NEO4J_DOCKER_IMAGE } from './versions.js';
// Ports: tests and bench pick free ones and check that a server is gone.
export { freePort, isPortOpen } from './ports.js';
// Strategy c's public API (the local JVM): bench and tests start, prepare and import into an
// instance of their own without going through provisionNeo4j.
export {
  adminImport,
  localLayout,
  prepareStoppedInstance,
  startLocalJvm,
  type LocalLayout,
} from './local-jvm/index.js';

const log = logger('provision');

export interface ProvisionOptions {
  reporter: Reporter;
  /** Tests may use a throwaway Docker container; `npm start` never does (its data would vanish). */
  allowContainer?: boolean;
  /** Ctrl-C: a server being started is stopped again before the error is thrown. */
  signal?: AbortSignal;
}

/**
 * The one way every entry point (npm start, the tests, the CLI) gets a Neo4j, trying in order:
 *  a. NEO4J_URI: a server the user names (local, cluster or Aura);
 *  b. a Docker container, for tests, when a Docker engine answers;
 *  c. a local Neo4j Community server assembled from Maven Central and run on the JDK.
 */
export async function provisionNeo4j(
  env: Env,
  options: ProvisionOptions,
): Promise<ProvisionedNeo4j> {
  if (env.NEO4J_URI) return useGivenServer(env, env.NEO4J_URI, options.reporter);
  log.debug('strategy uri rejected: NEO4J_URI is not set');
  if (options.allowContainer) {
    const container = await tryContainer(env, options.reporter);
    if (container) return container;
  }
  return startLocalJvm(env, options.reporter, options.signal);
}

/**
 * Where the Neo4j is that a question command reads: NEO4J_URI's, else the local instance that
 * `npm start` runs. Starts nothing (a fresh server would be empty) and checks nothing yet.
 */
export function runningNeo4jCoordinates(env: Env): Neo4jCoordinates {
  return env.NEO4J_URI ? givenServerCoordinates(env, env.NEO4J_URI) : localCoordinates(env);
}

/**
 * The one credential rule for a server the user names: NEO4J_URI needs NEO4J_PASSWORD (there is
 * no default password for someone else's server; '' would only fail later as an auth error).
 */
function givenServerCoordinates(env: Env, uri: string): Neo4jCoordinates {
  if (!env.NEO4J_PASSWORD) {
    throw new TestimonyError(
      'CONFIG_INVALID',
      `NEO4J_URI is set (${redactUri(uri)}) but NEO4J_PASSWORD is not.`,
      {
        hint: 'Set NEO4J_PASSWORD (and NEO4J_USERNAME if not "neo4j") to that server\'s credentials.',
      },
    );
  }
  return {
    uri,
    username: env.NEO4J_USERNAME,
    password: env.NEO4J_PASSWORD,
    database: env.NEO4J_DATABASE,
  };
}

async function useGivenServer(
  env: Env,
  uri: string,
  reporter: Reporter,
): Promise<ProvisionedNeo4j> {
  const coordinates = givenServerCoordinates(env, uri);
  await verifyNeo4j(coordinates);
  reporter.info(
    `Using the Neo4j at ${redactUri(uri)} (NEO4J_URI); Testimony starts no server of its own.`,
  );
  return provisioned('uri', coordinates);
}
