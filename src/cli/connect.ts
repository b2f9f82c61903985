import type { Driver } from 'neo4j-driver';
import type { Env } from '../config/index.js';
import { TestimonyError } from '../errors.js';
import { createDriver, verifyNeo4j, runningNeo4jCoordinates } from '../neo4j/index.js';
import { QueryExecutor } from '../queries/index.js';

/**
 * For questions: the Neo4j of NEO4J_URI, or the local one that `npm start` runs. Never starts a
 * server (a fresh one would be empty); an unreachable database is exit 3, within seconds.
 */
export async function withExecutor<T>(
  env: Env,
  work: (executor: QueryExecutor, driver: Driver) => Promise<T>,
): Promise<T> {
  const coordinates = runningNeo4jCoordinates(env);
  try {
    await verifyNeo4j(coordinates);
  } catch (error) {
    if (error instanceof TestimonyError && error.code === 'NEO4J_UNREACHABLE') {
      throw new TestimonyError('NEO4J_UNREACHABLE', error.message, {
        hint: 'Start it with `npm start` (or `testimony start`), or point NEO4J_URI at a running Neo4j.',
        cause: error,
      });
    }
    throw error;
  }
  const driver = createDriver(coordinates);
  try {
    const executor = new QueryExecutor(driver, {
      database: coordinates.database,
      timeoutMs: env.TESTIMONY_QUERY_TIMEOUT_MS,
    });
    // The executor and `testimony query` classify driver errors; other errors keep their meaning.
    return await work(executor, driver);
  } finally {
    await driver.close();
  }
}
