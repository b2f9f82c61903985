import type { Command } from 'commander';
import { loadEnv } from '../../config/index.js';
import { seedCommand } from '../commands/seed.js';
import { serveCommand } from '../commands/serve.js';
import { startCommand } from '../commands/start.js';
import type { CliIo } from '../io.js';
import { positiveInt } from '../options.js';

/** start, serve, seed: the commands that provision, serve or write, and so honour Ctrl-C. */
export function registerLifecycleCommands(program: Command, io: CliIo, signal: AbortSignal): void {
  program
    .command('start')
    .description(
      'Provision Neo4j (NEO4J_URI, else a local server), apply the schema, seed the bundled datasets, and serve the GraphQL API until Ctrl-C.',
    )
    .action(async () => {
      await startCommand(loadEnv(), io, signal);
    });

  program
    .command('serve')
    .description('Serve the GraphQL API on the data already in Neo4j, until Ctrl-C.')
    .action(async () => {
      await serveCommand(loadEnv(), io, signal);
    });

  registerSeedCommand(program, io, signal);
}

type SeedOptions = { json?: boolean; dryRun?: boolean; batchSize?: number };

function registerSeedCommand(program: Command, io: CliIo, signal: AbortSignal): void {
  program
    .command('seed')
    .description(
      'Validate dataset files (default: the bundled seed/ datasets) and load them into Neo4j in one transaction.',
    )
    .argument('[files...]', 'dataset files (.yaml or .json)')
    .option('--json', 'print a machine-readable summary on stdout')
    .option('--dry-run', 'validate and print what would change; write nothing')
    .option(
      '--batch-size <rows>',
      'rows per UNWIND round trip, 1 to 100000 (default 10000)',
      positiveInt(100_000),
    )
    .action(async (files: string[], options: SeedOptions) => {
      await seedCommand(loadEnv(), io, signal, files, options);
    });
}
