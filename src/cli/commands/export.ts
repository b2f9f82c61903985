import { writeFile } from 'node:fs/promises';
import type { Env } from '../../config/index.js';
import { TestimonyError } from '../../errors.js';
import { importCommand, writeCsv, readGraph, toGraphml, toJson } from '../../export/index.js';
import { withExecutor } from '../connect.js';
import type { CliIo } from '../io.js';

/** `testimony export --format json|csv|graphml [--out PATH]`: the whole graph, for other tools. */
export async function exportCommand(
  env: Env,
  io: CliIo,
  options: { format: 'json' | 'csv' | 'graphml'; out?: string },
): Promise<void> {
  if (options.format === 'csv' && !options.out)
    throw new TestimonyError(
      'USAGE',
      'CSV export writes one file per label and type: give --out DIRECTORY.',
    );
  const graph = await withExecutor(env, (executor) => readGraph(executor));
  if (options.format === 'csv') {
    const { files, arrayDelimiter } = await writeCsv(graph, options.out ?? '');
    io.stderr.write(
      `Wrote ${files.length} files to ${options.out} (${graph.nodes.length} nodes, ${graph.relationships.length} relationships).\n`,
    );
    io.stderr.write(
      `Load them into an empty, stopped database with:\n  ${importCommand(files, arrayDelimiter)}\n`,
    );
    return;
  }
  const text = options.format === 'json' ? toJson(graph) : toGraphml(graph);
  if (!options.out) {
    io.stdout.write(text);
    return;
  }
  await writeFile(options.out, text);
  io.stderr.write(
    `Wrote ${options.out} (${graph.nodes.length} nodes, ${graph.relationships.length} relationships).\n`,
  );
}
