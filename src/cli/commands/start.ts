import { checkApiPort } from '../../api/index.js';
import type { Env } from '../../config/index.js';
import {
  bundledDatasets,
  prepareDatasets,
  seed,
  formatCounts,
  sourcePolicyOf,
} from '../../loader/index.js';
import { streamReporter } from '../../log.js';
import { applySchema, withNeo4j } from '../../neo4j/index.js';
import type { CliIo } from '../io.js';
import { apiAuth, serveUntilStopped, type ServeOptions } from './serve.js';

/**
 * The main job (`npm start`): Neo4j (NEO4J_URI, else a local server), the schema, the bundled
 * datasets, and the GraphQL API, running until Ctrl-C.
 */
export async function startCommand(
  env: Env,
  io: CliIo,
  signal: AbortSignal,
  options: ServeOptions = {},
): Promise<void> {
  const reporter = streamReporter(io.stderr);
  const auth = await apiAuth(env, io, options);
  // A second `npm start` stops here, before it starts (or seeds) anything it would undo again.
  await checkApiPort(env.TESTIMONY_API_HOST, env.TESTIMONY_API_PORT);
  const graphs = await prepareDatasets(bundledDatasets(), {
    sources: sourcePolicyOf(env),
    warn: (message) => reporter.info(message),
  });
  await withNeo4j(env, reporter, signal, async (driver, neo4j) => {
    const applied = await applySchema(driver, neo4j.coordinates.database);
    reporter.info(`Schema applied (${applied} statements from cypher/schema.cypher).`);
    const seeded = await seed(driver, graphs, { database: neo4j.coordinates.database, reporter });
    for (const counts of seeded.datasets)
      reporter.info(`Seeded ${counts.dataset}:\n${formatCounts(counts)}`);
    await serveUntilStopped(env, io, reporter, driver, neo4j, signal, auth);
  });
}
