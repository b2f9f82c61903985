import type { Env } from '../../config/env.js';
import { streamReporter } from '../../log.js';
import { browserUrl, createDriver, toTestimonyError } from '../../neo4j/driver.js';
import { provisionNeo4j } from '../../neo4j/provision/index.js';
import { applySchema } from '../../neo4j/schema.js';
import { bundledDatasets, prepareDatasets, seed } from '../../loader/seed.js';
import { formatCounts } from '../../loader/summary.js';
import { untilAborted, type CliIo } from '../io.js';

/**
 * The main job (`npm start`): a Neo4j with Testimony's schema and the bundled datasets,
 * running until Ctrl-C. The GraphQL server joins here later.
 */
export async function startCommand(env: Env, io: CliIo, signal: AbortSignal): Promise<void> {
  const reporter = streamReporter(io.stderr);
  const graphs = await prepareDatasets(bundledDatasets());
  const neo4j = await provisionNeo4j(env, { reporter, signal });
  try {
    const driver = createDriver(neo4j.coordinates);
    try {
      const applied = await applySchema(driver, neo4j.coordinates.database).catch((error: unknown) => {
        throw toTestimonyError(error, neo4j.coordinates);
      });
      reporter.info(`Schema applied (${applied} statements from cypher/schema.cypher).`);
      const seeded = await seed(driver, graphs, { database: neo4j.coordinates.database, reporter });
      for (const counts of seeded.datasets) reporter.info(`Seeded ${counts.dataset}:\n${formatCounts(counts)}`);
    } finally {
      await driver.close();
    }
    const browser = browserUrl(neo4j.coordinates) ?? '(your server\'s own Neo4j Browser; not known from NEO4J_URI)';
    io.stdout.write(`Bolt URI:      ${neo4j.coordinates.uri}  (user ${neo4j.coordinates.username}, database ${neo4j.coordinates.database})\n`);
    io.stdout.write(`Neo4j Browser: ${browser}\n`);
    reporter.info(neo4j.owned ? 'Running. Press Ctrl-C to stop Neo4j.' : 'Running. Press Ctrl-C to stop (the server stays up: it is not ours).');
    await untilAborted(signal);
  } finally {
    if (neo4j.owned) reporter.info('Stopping Neo4j…');
    await neo4j.stop();
    if (neo4j.owned) reporter.info('Neo4j stopped.');
  }
}
