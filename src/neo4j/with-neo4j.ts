import type { Driver } from 'neo4j-driver';
import type { Env } from '../config/index.js';
import type { Reporter } from '../log.js';
import { createDriver, toTestimonyError } from './driver.js';
import { provisionNeo4j, type ProvisionedNeo4j } from './provision/index.js';

/**
 * Runs `work` with a provisioned Neo4j and a driver to it; closes the driver and stops the
 * server (if we started it) however `work` ends. Only driver errors are converted (to the
 * TestimonyError their code means); a TestimonyError, an OS error (a port we could not listen on)
 * or a bug keeps its own meaning.
 */
export async function withNeo4j<T>(
  env: Env,
  reporter: Reporter,
  signal: AbortSignal,
  work: (driver: Driver, neo4j: ProvisionedNeo4j) => Promise<T>,
): Promise<T> {
  const neo4j = await provisionNeo4j(env, { reporter, signal });
  const driver = createDriver(neo4j.coordinates);
  try {
    return await work(driver, neo4j).catch((error: unknown) => {
      throw toTestimonyError(error, neo4j.coordinates);
    });
  } finally {
    await driver.close();
    if (neo4j.owned) reporter.info('Stopping Neo4j…');
    await neo4j.stop();
    if (neo4j.owned) reporter.info('Neo4j stopped.');
  }
}
