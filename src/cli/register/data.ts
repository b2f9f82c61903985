import { Option, type Command } from 'commander';
import { loadEnv } from '../../config/index.js';
import type { CliIo } from '../io.js';
import { collect, formatOption } from '../options.js';

/** query and export: read the graph as Cypher or as files, beside the questions' API. */
export function registerDataCommands(program: Command, io: CliIo): void {
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
      collect,
      [] as string[],
    )
    .addOption(formatOption('table', 'json'))
    // Loaded on use, as every command's code (see lifecycle.ts).
    .action(async (query: string, o: { param: string[]; format: 'table' | 'json' }) => {
      const { queryCommand } = await import('../commands/query.js');
      await queryCommand(loadEnv(), io, query, o.param, o);
    });

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
    .action(async (o: { format: 'json' | 'csv' | 'graphml'; out?: string }) => {
      const { exportCommand } = await import('../commands/export.js');
      await exportCommand(loadEnv(), io, o);
    });
}
