// Writes docs/queries.md from a freshly seeded graph: npm run docs:queries
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startApi } from '../src/api/index.js';
import { withNeo4j } from '../src/neo4j/index.js';
import { loadEnv } from '../src/config/index.js';
import { bundledDatasets, prepareDatasets, seed } from '../src/loader/index.js';
import { streamReporter } from '../src/log.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { renderQueriesDoc } from './queries-doc.js';

const env = loadEnv();
const reporter = streamReporter(process.stderr);
const graphs = await prepareDatasets(bundledDatasets());
await withNeo4j(env, reporter, new AbortController().signal, async (driver, neo4j) => {
  const database = neo4j.coordinates.database;
  await seed(driver, graphs, { database, reporter });
  const api = await startApi({
    driver,
    database,
    host: '127.0.0.1',
    port: 0,
    queryTimeoutMs: env.TESTIMONY_QUERY_TIMEOUT_MS,
  });
  try {
    const file = join(PROJECT_ROOT, 'docs', 'queries.md');
    await writeFile(file, await renderQueriesDoc(api.graphqlUrl));
    reporter.info(`Wrote ${file}`);
  } finally {
    await api.stop();
  }
});
