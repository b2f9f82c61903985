import { Command, InvalidArgumentError } from 'commander';
import { loadEnv } from '../config/env.js';
import { seedCommand } from './commands/seed.js';
import { serveCommand } from './commands/serve.js';
import { startCommand } from './commands/start.js';
import type { CliIo } from './io.js';

/** A commander argument parser for a whole number from 1 to max. */
function positiveInt(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`expected a whole number from 1 to ${max}, got "${value}".`);
    return n;
  };
}

/** The `testimony` command line. Commands throw; only index.ts turns errors into exit codes. */
export function buildProgram(io: CliIo, signal: AbortSignal): Command {
  const program = new Command('testimony')
    .description('Testimony: a knowledge graph of people, meetings and statements, with evidence.')
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError()
    .exitOverride();

  program
    .command('start')
    .description('Provision Neo4j (NEO4J_URI, else a local server), apply the schema, seed the bundled datasets, and serve the GraphQL API until Ctrl-C.')
    .action(async () => {
      await startCommand(loadEnv(), io, signal);
    });

  program
    .command('serve')
    .description('Serve the GraphQL API on the data already in Neo4j, until Ctrl-C.')
    .action(async () => {
      await serveCommand(loadEnv(), io, signal);
    });

  program
    .command('seed')
    .description('Validate dataset files (default: the bundled seed/ datasets) and load them into Neo4j in one transaction.')
    .argument('[files...]', 'dataset files (.yaml or .json)')
    .option('--json', 'print a machine-readable summary on stdout')
    .option('--dry-run', 'validate and print what would change; write nothing')
    .option('--batch-size <rows>', 'rows per UNWIND round trip, 1 to 100000 (default 10000)', positiveInt(100_000))
    .action(async (files: string[], options: { json?: boolean; dryRun?: boolean; batchSize?: number }) => {
      await seedCommand(loadEnv(), io, signal, files, options);
    });

  return program;
}
