import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redactUri, type Env } from '../../config/index.js';
import { TestimonyError } from '../../errors.js';
import { csvImportOptions, writeCsv } from '../../export/index.js';
import { streamReporter } from '../../log.js';
import {
  bundledDatasets,
  countRows,
  formatCounts,
  offlineGraph,
  prepareDatasets,
  sourcePolicyOf,
} from '../../loader/index.js';
import { importIntoEmptyLocal } from '../../neo4j/index.js';
import type { CliIo } from '../io.js';

export interface OfflineSeedOptions {
  json?: boolean;
  acceptPending?: boolean;
}

/**
 * `testimony seed --offline [files…]`: a first load into the EMPTY local database with
 * neo4j-admin database import, no transaction at all (so no heap that grows with the dataset).
 * The files are validated as the online seed validates them, the graph the online seed would
 * write is computed in this process (src/loader/offline-graph.ts) and written as CSV to a
 * temporary folder, which neo4j-admin imports; then the schema is applied.
 */
export async function seedOfflineCommand(
  env: Env,
  io: CliIo,
  signal: AbortSignal,
  files: string[],
  options: OfflineSeedOptions,
): Promise<void> {
  const reporter = streamReporter(io.stderr);
  if (env.NEO4J_URI)
    throw new TestimonyError(
      'SEED_OFFLINE_LOCAL_ONLY',
      `seed --offline imports into the local Neo4j Testimony provisions, but NEO4J_URI names another server (${redactUri(env.NEO4J_URI)}). Nothing was written.`,
      {
        hint: 'Seed that server online (testimony seed without --offline), or unset NEO4J_URI to load the local instance.',
      },
    );
  const started = performance.now();
  const targets = files.length > 0 ? files : bundledDatasets();
  reporter.info(`Validating ${targets.length} dataset file(s)…`);
  const graphs = await prepareDatasets(targets, {
    sources: sourcePolicyOf(env),
    warn: (message) => reporter.info(message),
    acceptPending: options.acceptPending ?? false,
  });
  const validateMs = Math.round(performance.now() - started);
  const graph = offlineGraph(graphs);
  const dir = await mkdtemp(join(tmpdir(), 'testimony-offline-'));
  try {
    const csvDir = join(dir, 'csv');
    await writeCsv(graph, csvDir);
    const csvMs = Math.round(performance.now() - started) - validateMs;
    const result = await importIntoEmptyLocal(env, {
      reporter,
      signal,
      csvDir,
      importOptions: csvImportOptions(csvDir),
      reportFile: join(dir, 'import.report'),
      emptyLists: graph.emptyLists,
    });
    const summary = {
      offline: true,
      datasets: graphs.map(countRows),
      nodes: graph.nodes.length,
      relationships: graph.relationships.length,
      validateMs,
      csvMs,
      importMs: Math.round(result.importMs),
      schemaMs: result.schemaMs,
      ms: Math.round(performance.now() - started),
    };
    if (options.json) {
      io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      return;
    }
    for (const counts of summary.datasets)
      reporter.info(`Seeded ${counts.dataset}:\n${formatCounts(counts)}`);
    reporter.info(
      `Done in ${(summary.ms / 1000).toFixed(1)} s (${summary.nodes} nodes, ${summary.relationships} relationships imported offline).`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
