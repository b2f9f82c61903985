import type { Env } from '../../config/index.js';
import { streamReporter } from '../../log.js';
import {
  formatPlan,
  bundledDatasets,
  prepareDatasets,
  seed,
  formatCounts,
  sourcePolicyOf,
} from '../../loader/index.js';
import type { CliIo } from '../io.js';
import { withNeo4j } from '../../neo4j/index.js';

export interface SeedCommandOptions {
  json?: boolean;
  dryRun?: boolean;
  batchSize?: number;
}

/** `testimony seed [files…]`: validate, then load in one transaction; a summary on stderr (or JSON on stdout). */
export async function seedCommand(
  env: Env,
  io: CliIo,
  signal: AbortSignal,
  files: string[],
  options: SeedCommandOptions,
): Promise<void> {
  const reporter = streamReporter(io.stderr);
  const targets = files.length > 0 ? files : bundledDatasets();
  reporter.info(`Validating ${targets.length} dataset file(s)…`);
  const validating = performance.now();
  const graphs = await prepareDatasets(targets, {
    sources: sourcePolicyOf(env),
    warn: (message) => reporter.info(message),
  });
  const validateMs = Math.round(performance.now() - validating);
  const result = await withNeo4j(env, reporter, signal, (driver, neo4j) =>
    seed(driver, graphs, {
      database: neo4j.coordinates.database,
      reporter,
      dryRun: options.dryRun ?? false,
      batchSize: options.batchSize,
    }),
  );
  if (options.json) {
    io.stdout.write(
      `${JSON.stringify({ dryRun: options.dryRun ?? false, validateMs, ...result }, null, 2)}\n`,
    );
    return;
  }
  for (const plan of result.plans ?? []) reporter.info(formatPlan(plan));
  if (result.plans) return;
  for (const counts of result.datasets)
    reporter.info(`Seeded ${counts.dataset}:\n${formatCounts(counts)}`);
  reporter.info(
    `Done in ${(result.ms / 1000).toFixed(1)} s (${result.statements} statements in one transaction).`,
  );
}
