import type { Env } from '../../config/index.js';
import { streamReporter } from '../../log.js';
import {
  bundledDatasets,
  checkDatasets,
  datasetInvalid,
  sourcePolicyOf,
  unresolvedNote,
} from '../../loader/index.js';
import type { CliIo } from '../io.js';

/**
 * `testimony validate [files…]`: every check `seed` makes of its files, with no database. A
 * reference to an id that no file given defines cannot be looked up in the graph here: it is
 * listed in a note (not a problem, exit 0), and `seed` looks it up before it writes.
 */
export async function validateCommand(
  env: Env,
  io: CliIo,
  files: string[],
  options: { json?: boolean; acceptPending?: boolean },
): Promise<void> {
  const reporter = streamReporter(io.stderr);
  const targets = files.length > 0 ? files : bundledDatasets();
  const run = await checkDatasets(targets, {
    sources: sourcePolicyOf(env),
    warn: (message) => reporter.info(message),
    acceptPending: options.acceptPending ?? false,
  });
  if (run.problems.length > 0) throw datasetInvalid(run.problems, run.unresolved);
  const datasets = run.graphs.map((graph) => graph.dataset);
  if (options.json) {
    io.stdout.write(
      `${JSON.stringify({ valid: true, datasets, unresolved: run.unresolved }, null, 2)}\n`,
    );
    return;
  }
  reporter.info(`Valid: ${targets.length} file(s) (${datasets.join(', ')}).`);
  reporter.info(
    unresolvedNote(
      run.unresolved,
      'Note: {count} reference(s) to ids that no file given defines; `testimony seed` looks them up in the graph before it writes, and refuses an id it does not find:',
    ) || 'Every reference resolves within these files.',
  );
}
