import type { Env } from '../../config/index.js';
import { streamReporter, type Reporter } from '../../log.js';
import { TestimonyError } from '../../errors.js';
import {
  formatPlan,
  bundledDatasets,
  prepareDatasets,
  removeDatasets,
  seed,
  formatCounts,
  progressBars,
  sourcePolicyOf,
} from '../../loader/index.js';
import type { CliIo } from '../io.js';
import { withNeo4j } from '../../neo4j/index.js';

export interface SeedCommandOptions {
  json?: boolean;
  dryRun?: boolean;
  batchSize?: number;
  /** Dataset names to remove instead of files to seed. */
  remove?: string[];
  /** Accept items still `review: pending` instead of refusing them. */
  acceptPending?: boolean;
  /** No progress bars (they show only when stderr is a terminal anyway). */
  quiet?: boolean;
  /** false (`--no-wait`): refuse instead of waiting for another seed. */
  wait?: boolean;
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
  if (options.remove && files.length > 0)
    throw new TestimonyError(
      'USAGE',
      `seed --remove takes dataset names, not files (got files: ${files.join(', ')})`,
      { hint: 'Remove in one command, seed in another: testimony seed --remove <dataset>' },
    );
  const validating = performance.now();
  const graphs = options.remove
    ? undefined
    : await prepare(env, reporter, files, options.acceptPending);
  const validateMs = Math.round(performance.now() - validating);
  const result = await withNeo4j(env, reporter, signal, (driver, neo4j) => {
    const seedOptions = {
      database: neo4j.coordinates.database,
      reporter,
      dryRun: options.dryRun ?? false,
      batchSize: options.batchSize,
      noWait: options.wait === false,
      // Bars only for a user watching a terminal; --json output is for scripts, so none there.
      progress:
        io.stderr.isTTY && !options.quiet && !options.json ? progressBars(io.stderr) : undefined,
    };
    return graphs
      ? seed(driver, graphs, seedOptions)
      : removeDatasets(driver, options.remove ?? [], seedOptions);
  });
  if (options.json) {
    io.stdout.write(
      `${JSON.stringify({ dryRun: options.dryRun ?? false, validateMs, ...result }, null, 2)}\n`,
    );
    return;
  }
  for (const plan of result.plans ?? []) reporter.info(formatPlan(plan));
  if (result.plans) return;
  if (options.remove) reporter.info(`Removed ${options.remove.join(', ')}.`);
  else
    for (const counts of result.datasets)
      reporter.info(`Seeded ${counts.dataset}:\n${formatCounts(counts)}`);
  reporter.info(
    `Done in ${(result.ms / 1000).toFixed(1)} s (${result.statements} statements in one transaction).`,
  );
}

async function prepare(env: Env, reporter: Reporter, files: string[], acceptPending = false) {
  const targets = files.length > 0 ? files : bundledDatasets();
  reporter.info(`Validating ${targets.length} dataset file(s)…`);
  return prepareDatasets(targets, {
    sources: sourcePolicyOf(env),
    warn: (message) => reporter.info(message),
    acceptPending,
  });
}
