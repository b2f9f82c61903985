import type { Command } from 'commander';
import { loadEnv } from '../../config/index.js';
import { TestimonyError } from '../../errors.js';
import type { ServeOptions } from '../commands/serve.js';
import type { CliIo } from '../io.js';
import { positiveInt } from '../options.js';

// Each command's code (the API server, the provisioner, the loader) is loaded when it runs, so
// that a question, `--help` or `token` does not load the others'.

/** start, serve, seed (and validate, its check without a database): the commands that provision, serve or write, and so honour Ctrl-C. */
export function registerLifecycleCommands(program: Command, io: CliIo, signal: AbortSignal): void {
  program
    .command('start')
    .description(
      'Provision Neo4j (NEO4J_URI, else a local server), apply the schema, seed the bundled datasets, and serve the GraphQL API until Ctrl-C.',
    )
    .option('--insecure', INSECURE_HELP)
    .action(async (options: ServeOptions) => {
      const { startCommand } = await import('../commands/start.js');
      await startCommand(loadEnv(), io, signal, options);
    });

  program
    .command('serve')
    .description('Serve the GraphQL API on the data already in Neo4j, until Ctrl-C.')
    .option('--insecure', INSECURE_HELP)
    .action(async (options: ServeOptions) => {
      const { serveCommand } = await import('../commands/serve.js');
      await serveCommand(loadEnv(), io, signal, options);
    });

  registerSeedCommand(program, io, signal);
  registerValidateCommand(program, io);
  registerTokenCommand(program, io);
}

const INSECURE_HELP =
  'serve with no authentication even beyond loopback (TESTIMONY_API_HOST other than 127.0.0.1, ::1, localhost)';

/** `testimony token`: a new random token on stdout, and the line that configures the API for it. */
function registerTokenCommand(program: Command, io: CliIo): void {
  program
    .command('token')
    .description('Make a new API bearer token and print it with the setting that accepts it.')
    .action(async () => {
      const { newToken } = await import('../../api/index.js');
      const { token, hash } = newToken();
      io.stdout.write(`${token}\n`);
      io.stderr.write(
        'Above: the token, for the client (header "Authorization: Bearer <token>"); it is shown only once.\n' +
          'Configure the API with its hash (comma-separate several, or put one per line in TESTIMONY_API_TOKENS_FILE):\n' +
          `TESTIMONY_API_TOKEN_HASHES=${hash}\n`,
      );
    });
}

type SeedOptions = {
  json?: boolean;
  dryRun?: boolean;
  batchSize?: number;
  remove?: string[];
  acceptPending?: boolean;
  quiet?: boolean;
  /** false with --no-wait */
  wait?: boolean;
  offline?: boolean;
};

/** The online seed's options that mean nothing to neo4j-admin import. */
function refuseWithOffline(options: SeedOptions): void {
  const given = [
    options.dryRun && '--dry-run',
    options.remove && '--remove',
    options.batchSize !== undefined && '--batch-size',
    options.wait === false && '--no-wait',
  ].filter((flag): flag is string => typeof flag === 'string');
  if (given.length > 0)
    throw new TestimonyError('USAGE', `seed --offline does not take ${given.join(', ')}.`, {
      hint: 'An offline seed loads an empty database in one import: run it without these options, or seed online.',
    });
}

const ACCEPT_PENDING_HELP =
  'accept every item still marked "review: pending" (proposed by testimony draft); by default each is refused, by file, line and path';

function registerSeedCommand(program: Command, io: CliIo, signal: AbortSignal): void {
  program
    .command('seed')
    .description(
      'Validate dataset files (default: the bundled seed/ datasets) and load them into Neo4j in one transaction.',
    )
    .argument('[files...]', 'dataset files (.yaml or .json)')
    .option('--json', 'print a machine-readable summary on stdout')
    .option('--dry-run', 'validate and print what would change; write nothing')
    .option('--accept-pending', ACCEPT_PENDING_HELP)
    .option(
      '--remove <dataset>',
      'remove a dataset by name (repeat for several): release what only it held, take its values off shared nodes',
      (name: string, names: string[] = []) => [...names, name],
    )
    .option(
      '--batch-size <rows>',
      'rows per UNWIND round trip, 1 to 100000 (default 10000)',
      positiveInt(100_000),
    )
    .option('--quiet', 'no progress bars on stderr (they show only on a terminal anyway)')
    .option(
      '--offline',
      'first load into an EMPTY local database with neo4j-admin database import (server stopped; not with NEO4J_URI)',
    )
    .option(
      '--no-wait',
      'refuse (SEED_LOCKED) instead of waiting when another seed is writing to the database',
    )
    .action(async (files: string[], options: SeedOptions) => {
      if (options.offline) {
        refuseWithOffline(options);
        const { seedOfflineCommand } = await import('../commands/seed-offline.js');
        return seedOfflineCommand(loadEnv(), io, signal, files, options);
      }
      const { seedCommand } = await import('../commands/seed.js');
      await seedCommand(loadEnv(), io, signal, files, options);
    });
}

/** `testimony validate`: seed's checks of its files, with no database (references: see validate.ts). */
function registerValidateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description(
      'Check dataset files (default: the bundled seed/ datasets) as seed does, without a database; references to ids no file given defines are listed, for seed to look up in the graph.',
    )
    .argument('[files...]', 'dataset files (.yaml or .json)')
    .option('--json', 'print {valid, datasets, unresolved} on stdout')
    .option('--accept-pending', ACCEPT_PENDING_HELP)
    .action(async (files: string[], options: { json?: boolean; acceptPending?: boolean }) => {
      const { validateCommand } = await import('../commands/validate.js');
      await validateCommand(loadEnv(), io, files, options);
    });
}
