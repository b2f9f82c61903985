/**
 * `npx tsx bench/load/offline-seed.ts --sizes 1000,10000 --heaps 256m,512m [--online]`:
 * `testimony seed --offline` (neo4j-admin import into an empty local instance of its own) at each
 * size and heap (TESTIMONY_NEO4J_HEAP bounds the server and the importer JVM alike), and with
 * --online the online seed beside it on a fresh instance with the same heap. Facts/s end to end
 * (process start to exit, Neo4j starts included) and the peak RSS of the seed process and of its
 * largest child (the importer JVM; GNU time's %M over the process tree). Prints a Markdown table;
 * nothing asserts a time.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Command } from 'commander';
import { execa } from 'execa';
import { streamReporter } from '../../src/log.js';
import { localLayout } from '../../src/neo4j/provision/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { benchEnv, startBenchNeo4j, stopBenchNeo4j } from '../lib/neo4j.js';
import { writeSynthetic } from '../synthetic/write.js';
import { factCounts, runLoader } from './loader.js';

const options = new Command('bench-offline-seed')
  .option('--sizes <list>', 'people per size, comma-separated', '1000,10000')
  .option('--heaps <list>', 'heaps to try, comma-separated', '512m')
  .option('--online', 'also run the online seed at each size and heap')
  .option('--seed <n>', 'PRNG seed of the datasets', Number, 42)
  .parse()
  .opts<{ sizes: string; heaps: string; online?: boolean; seed: number }>();

const reporter = streamReporter(process.stderr);
const dataDir = join(PROJECT_ROOT, 'bench', 'data-offline');
const rows: string[] = [];

async function offline(file: string, heap: string, people: number): Promise<string> {
  const env = await benchEnv(`bench-offline-${people}-${heap}`, { heap, pageCache: '512m' });
  await rm(localLayout(env).instance, { recursive: true, force: true });
  const started = performance.now();
  const run = await execa(
    '/usr/bin/time',
    [
      '-f',
      'BENCH_TREE_MAX_RSS_KB=%M',
      process.execPath,
      '--import',
      join(PROJECT_ROOT, 'bench/load/report-max-rss.mjs'),
      '--import',
      'tsx',
      'src/cli/index.ts',
      'seed',
      '--offline',
      '--json',
      file,
    ],
    {
      cwd: PROJECT_ROOT,
      reject: false,
      env: {
        NEO4J_URI: '',
        TESTIMONY_NEO4J_INSTANCE: env.TESTIMONY_NEO4J_INSTANCE,
        TESTIMONY_NEO4J_BOLT_PORT: String(env.TESTIMONY_NEO4J_BOLT_PORT),
        TESTIMONY_NEO4J_HTTP_PORT: String(env.TESTIMONY_NEO4J_HTTP_PORT),
        TESTIMONY_NEO4J_HEAP: heap,
        TESTIMONY_NEO4J_PAGECACHE: '512m',
      },
    },
  );
  const ms = performance.now() - started;
  await rm(localLayout(env).instance, { recursive: true, force: true });
  if (run.exitCode !== 0) {
    reporter.info(String(run.stderr).slice(-1500));
    return `| ${people} | offline | ${heap} | ${/\[([A-Z0-9_]+)\]/.exec(String(run.stderr))?.[1] ?? 'failed'} | | | | | |`;
  }
  const summary = JSON.parse(String(run.stdout)) as {
    datasets: Parameters<typeof factCounts>[0][];
    validateMs: number;
    csvMs: number;
    importMs: number;
    schemaMs: number;
  };
  const [counts] = summary.datasets;
  if (!counts) throw new Error('no counts');
  const { facts } = factCounts(counts);
  const own = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(String(run.stderr))?.[1]) / 1024;
  const tree = Number(/BENCH_TREE_MAX_RSS_KB=(\d+)/.exec(String(run.stderr))?.[1]) / 1024;
  return `| ${people} | offline | ${heap} | ok | ${facts} | ${Math.round(facts / (ms / 1000))} | ${Math.round(own)} | ${Math.round(tree)} | validate ${summary.validateMs}, CSV ${summary.csvMs}, import ${summary.importMs}, restart + schema ${summary.schemaMs} |`;
}

async function online(file: string, heap: string, people: number): Promise<string> {
  const env = await benchEnv(`bench-online-${people}-${heap}`, { heap, pageCache: '512m' });
  const bench = await startBenchNeo4j(env, reporter);
  try {
    const run = await runLoader(file, bench.neo4j.coordinates);
    return `| ${people} | online | ${heap} | ok | ${run.facts} | ${Math.round(run.factsPerSecond)} | ${Math.round(run.maxRssMiB)} | | validate ${run.validateMs}, write ${run.writeMs} (Neo4j already running) |`;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reporter.info(message.slice(-800));
    return `| ${people} | online | ${heap} | ${/\[([A-Z0-9_]+)\]/.exec(message)?.[1] ?? 'failed'} | | | | | |`;
  } finally {
    await stopBenchNeo4j(bench, { remove: true });
  }
}

try {
  for (const people of options.sizes.split(',').map(Number)) {
    const file = await writeSynthetic(dataDir, {
      people,
      seed: options.seed,
      name: `synthetic-${people}`,
    });
    for (const heap of options.heaps.split(',')) {
      reporter.info(`${people} people, heap ${heap}: offline seed…`);
      rows.push(await offline(file, heap, people));
      reporter.info(rows.at(-1) ?? '');
      if (!options.online) continue;
      reporter.info(`${people} people, heap ${heap}: online seed…`);
      rows.push(await online(file, heap, people));
      reporter.info(rows.at(-1) ?? '');
    }
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
process.stdout.write(
  [
    '| people | seed | heap | result | facts | facts/s end to end | seed process peak RSS (MiB) | largest process of the tree, peak RSS (MiB) | phases (ms) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n') + '\n',
);
