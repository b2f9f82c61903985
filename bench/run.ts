/**
 * `npm run bench`: the whole benchmark in one run on this machine, written to bench/results/.
 *   npm run bench                  1k, 10k and 100k people (about 25-40 minutes here)
 *   npm run bench -- --quick       1k people, short cells, to bench/results/quick/ (under 2 minutes)
 *   npm run bench -- --with-1m     adds 145k people (about 1M relationships)
 * Everything is measured side by side in the same run; nothing here asserts a time.
 */
import { statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { streamReporter } from '../src/log.js';
import { NEO4J_VERSION } from '../src/neo4j/provision/index.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { benchApi, type ApiRun } from './api/bench-api.js';
import {
  benchEnv,
  clearGraph,
  startBenchNeo4j,
  stopBenchNeo4j,
  type BenchNeo4j,
} from './lib/neo4j.js';
import { benchLoad } from './load/bench-load.js';
import { benchPaths } from './paths.js';
import { profileWorst } from './profile.js';
import { writeReport } from './report/write.js';
import type { BenchResults, SizeResult } from './report/schema.js';
import { Random } from './synthetic/random.js';
import { writeSynthetic } from './synthetic/write.js';

const cli = new Command('bench')
  .option('--quick', 'the smallest size only, with short cells: a smoke run')
  .option('--with-1m', 'add the opt-in size of about 1M relationships (145k people)')
  .option('--sizes <list>', 'people per size, comma-separated (overrides the defaults)')
  .option('--seconds <n>', 'seconds per load cell', Number)
  .option(
    '--out <dir>',
    'where results go (default bench/results, or bench/results/quick with --quick)',
  )
  .option('--seed <n>', 'PRNG seed of the datasets and of the argument pools', Number, 42)
  .parse();
const options = cli.opts<{
  quick?: boolean;
  with1m?: boolean;
  sizes?: string;
  seconds?: number;
  out?: string;
  seed: number;
}>();

const quick = options.quick === true;
const sizes = options.sizes
  ? options.sizes.split(',').map(Number)
  : quick
    ? [1000]
    : [1000, 10_000, 100_000, ...(options.with1m ? [145_000] : [])];
// Quick cells are counted in requests (see bench-api.ts); cellSeconds is then only nominal.
const cellSeconds = options.seconds ?? (quick ? 1 : 5);
const out = options.out ?? join(PROJECT_ROOT, 'bench', 'results', quick ? 'quick' : '');
const dataDir = join(PROJECT_ROOT, 'bench', 'data');
// 100k people in one seed transaction need a large heap; a quick run (1k) does with little.
const memory = quick ? { heap: '2g', pageCache: '1g' } : { heap: '12g', pageCache: '4g' };
const reporter = streamReporter(process.stderr);
const runStarted = performance.now();
const say = (message: string) =>
  reporter.info(`[bench ${((performance.now() - runStarted) / 1000).toFixed(0)} s] ${message}`);

async function benchSize(
  bench: BenchNeo4j,
  people: number,
  coldStarts: ApiRun['coldStartMs'][],
): Promise<SizeResult> {
  const name = `synthetic-${people}`;
  say(`${people} people: generating the dataset…`);
  const generating = performance.now();
  const file = await writeSynthetic(dataDir, { people, seed: options.seed, name });
  const generateMs = performance.now() - generating;
  await clearGraph(bench);
  const load = await benchLoad(bench, file, { people, quick, say });
  say(`${people} people: API latency (${cellSeconds} s per cell)…`);
  const api = await benchApi(bench, { name, people, seed: options.seed, cellSeconds, quick, say });
  coldStarts.push(api.coldStartMs);
  say(`${people} people: shortest paths…`);
  const paths = await benchPaths(
    bench.driver,
    bench.database,
    (i) => `person:${name}-${i}`,
    people,
    new Random(options.seed + 1),
    quick ? 30 : 200,
  );
  return {
    people,
    datasetMiB: statSync(file).size / 2 ** 20,
    generateMs,
    ...load,
    api: api.cells,
    paths,
  };
}

const env = await benchEnv(quick ? 'bench-quick' : 'bench', memory);
say(`Starting the benchmark's own Neo4j (heap ${memory.heap}, page cache ${memory.pageCache})…`);
const bench = await startBenchNeo4j(env, reporter);
const results: SizeResult[] = [];
const coldStarts: ApiRun['coldStartMs'][] = [];
let profile: BenchResults['profile'];
try {
  for (const people of sizes) results.push(await benchSize(bench, people, coldStarts));
  const largest = results.at(-1) as SizeResult;
  profile = await profileWorst(bench, largest, options.seed);
} finally {
  await stopBenchNeo4j(bench, { remove: true });
  if (!process.env.BENCH_KEEP_DATA) await rm(dataDir, { recursive: true, force: true });
}

const summary: BenchResults = {
  measuredAt: new Date().toISOString(),
  quick,
  machine: {
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    neo4j: `${NEO4J_VERSION} Community`,
    neo4jHeap: memory.heap,
    neo4jPageCache: memory.pageCache,
  },
  seed: options.seed,
  cellSeconds,
  concurrency: [1, 8, 32],
  questions: (await import('./api/questions.js')).QUESTIONS.map(({ name, describe }) => ({
    name,
    describe,
  })),
  coldStartMs: coldStarts[0] as ApiRun['coldStartMs'],
  sizes: results,
  ...(profile ? { profile } : {}),
};
await writeReport(out, summary);
say(`Done in ${((performance.now() - runStarted) / 60_000).toFixed(1)} min; results in ${out}.`);
