import { Command, InvalidArgumentError, Option } from 'commander';
import { loadEnv } from '../config/env.js';
import { exportCommand } from './commands/export.js';
import { queryCommand } from './commands/query.js';
import {
  contradictionsCommand,
  meetingsCommand,
  pathCommand,
  searchCommand,
  statementsCommand,
  statsCommand,
  timelineCommand,
  whoSpeaksForCommand,
  type Format,
} from './commands/questions.js';
import { seedCommand } from './commands/seed.js';
import { serveCommand } from './commands/serve.js';
import { startCommand } from './commands/start.js';
import type { CliIo } from './io.js';

/** A commander argument parser for a whole number from 1 to max. */
function positiveInt(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new InvalidArgumentError(`expected a whole number from 1 to ${max}, got "${value}".`);
    return n;
  };
}

/** The `testimony` command line. Commands throw; only index.ts turns errors into exit codes. */
export function buildProgram(io: CliIo, signal: AbortSignal): Command {
  const program = new Command('testimony')
    .description('Testimony: a knowledge graph of people, meetings and statements, with evidence.')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError()
    .exitOverride();

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
    .action(
      async (
        files: string[],
        options: { json?: boolean; dryRun?: boolean; batchSize?: number },
      ) => {
        await seedCommand(loadEnv(), io, signal, files, options);
      },
    );

  const format = (...choices: Format[]) =>
    new Option('--format <format>', 'output format').choices(choices).default('table');
  const env = () => loadEnv();

  program
    .command('path')
    .description(
      "The shortest path between two people (or all shortest paths), with each step's relationship, date and evidence.",
    )
    .argument('<from>', 'a name, alias or id')
    .argument('<to>', 'a name, alias or id')
    .option('--max-hops <n>', 'the longest path to consider, 1 to 10', positiveInt(10), 4)
    .option(
      '--via <types>',
      'only these relationship types, comma-separated (e.g. SPOKE_FOR,MET_WITH)',
      (v: string) =>
        v
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
    )
    .option('--all', 'all shortest paths, not just one')
    .addOption(format('table', 'json', 'mermaid', 'dot'))
    .action(
      (
        from: string,
        to: string,
        o: { maxHops: number; via?: string[]; all?: boolean; format: Format },
      ) => pathCommand(env(), io, from, to, o),
    );

  program
    .command('timeline')
    .description('What a person took part in or said, in time order (a month sorts as a month).')
    .argument('<entity>', 'a name, alias or id')
    .option('--from <date>', 'only from this day on (YYYY-MM-DD)')
    .option('--to <date>', 'only up to this day (YYYY-MM-DD)')
    .addOption(format('table', 'json', 'mermaid', 'dot'))
    .action((entity: string, o: { from?: string; to?: string; format: Format }) =>
      timelineCommand(env(), io, entity, o),
    );

  program
    .command('meetings')
    .description('The meetings a person took part in, with dates, participants and evidence.')
    .argument('<person>', 'a name, alias or id')
    .option('--with <person>', 'only meetings with this person too')
    .addOption(format('table', 'json', 'mermaid', 'dot'))
    .action((person: string, o: { with?: string; format: Format }) =>
      meetingsCommand(env(), io, person, o),
    );

  program
    .command('statements')
    .description('What a person said: when, how, and with which stance about what.')
    .argument('<person>', 'a name, alias or id')
    .addOption(
      new Option('--stance <stance>', 'only statements with this stance')
        .choices(['asserts', 'denies', 'defends', 'hedges', 'demands'])
        .argParser((v: string) => {
          if (!['asserts', 'denies', 'defends', 'hedges', 'demands'].includes(v))
            throw new InvalidArgumentError('expected asserts, denies, defends, hedges or demands.');
          return v.toUpperCase();
        }),
    )
    .addOption(format('table', 'json'))
    .action((person: string, o: { stance?: string; format: Format }) =>
      statementsCommand(env(), io, person, o),
    );

  program
    .command('contradictions')
    .description(
      'Statements that deny what the graph records, beside the records, their evidence, and the defences.',
    )
    .argument('[person]', 'only this speaker (a name, alias or id)')
    .addOption(format('table', 'json'))
    .action((person: string | undefined, o: { format: Format }) =>
      contradictionsCommand(env(), io, person, o),
    );

  program
    .command('who-speaks-for')
    .description('Who spoke for a person, when, and in which statements.')
    .argument('<person>', 'a name, alias or id')
    .addOption(format('table', 'json'))
    .action((person: string, o: { format: Format }) => whoSpeaksForCommand(env(), io, person, o));

  program
    .command('search')
    .description('Full-text search over names, aliases and what was said.')
    .argument('<text>', 'words to look for (plain text)')
    .addOption(format('table', 'json'))
    .action((text: string, o: { format: Format }) => searchCommand(env(), io, text, o));

  program
    .command('stats')
    .description('How much the graph holds, per label and relationship type.')
    .addOption(format('table', 'json'))
    .action((o: { format: Format }) => statsCommand(env(), io, o));

  program
    .command('query')
    .description(
      'Run a read-only Cypher query: a named one from cypher/queries/ or a .cypher file. Write clauses are refused.',
    )
    .argument(
      '<query>',
      'a name from cypher/queries/ (e.g. who-speaks-for) or a path to a .cypher file',
    )
    .option(
      '--param <key=value>',
      'a parameter (repeatable); JSON values are parsed, others are strings',
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .addOption(format('table', 'json'))
    .action((query: string, o: { param: string[]; format: 'table' | 'json' }) =>
      queryCommand(env(), io, query, o.param, o),
    );

  program
    .command('export')
    .description(
      'Export the whole graph: JSON, CSV for neo4j-admin database import (one file per label and type), or GraphML (Gephi, yEd).',
    )
    .addOption(
      new Option('--format <format>', 'export format')
        .choices(['json', 'csv', 'graphml'])
        .makeOptionMandatory(),
    )
    .option('--out <path>', 'a file (json, graphml; default stdout) or a directory (csv)')
    .action((o: { format: 'json' | 'csv' | 'graphml'; out?: string }) =>
      exportCommand(env(), io, o),
    );

  return program;
}
