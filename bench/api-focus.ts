/**
 * A short, focused API benchmark: some questions, some concurrencies, at one size, with the
 * servers interleaved cell by cell (so that a noisy machine disturbs all of them alike), and
 * optionally a second build of ours (`--base <checkout>`) for a before/after in the same run.
 *   npm run bench:focus -- --people 1000 --questions nested-3-levels,person-meetings --base ../main
 * Prints a table (p50 ms, ours/raw, ours/peer, ours/base); asserts nothing. The full benchmark
 * is `npm run bench`.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Command } from 'commander';
import { streamReporter } from '../src/log.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { argumentPool } from './api/bench-api.js';
import { loadCell, type LoadCell } from './api/load.js';
import { QUESTIONS, type Args, type Question } from './api/questions.js';
import { ask, requestBody } from './api/requests.js';
import { startServer, type RunningServer, type ServerKind } from './api/servers.js';
import { benchEnv, startBenchNeo4j, stopBenchNeo4j } from './lib/neo4j.js';
import { runLoader } from './load/loader.js';
import { writeSynthetic } from './synthetic/write.js';

const list = (value: string) => value.split(',').filter(Boolean);
const options = new Command('bench:focus')
  .option('--people <n>', 'people in the synthetic dataset', Number, 1000)
  .option('--questions <list>', 'questions (default: all)', list)
  .option('--concurrency <list>', 'connections per cell', list, ['1', '8'])
  .option('--seconds <n>', 'seconds per cell', Number, 3)
  .option('--servers <list>', 'raw, ours, peer', list, ['raw', 'ours', 'peer'])
  .option('--base <dir>', 'another checkout whose `testimony serve` is timed as "base"')
  .option('--seed <n>', 'PRNG seed', Number, 42)
  .parse()
  .opts<{
    people: number;
    questions?: string[];
    concurrency: string[];
    seconds: number;
    servers: string[];
    base?: string;
    seed: number;
  }>();

type Label = ServerKind | 'base';
const reporter = streamReporter(process.stderr);
const say = (message: string) => reporter.info(`[focus] ${message}`);
const questions = QUESTIONS.filter((q) => !options.questions || options.questions.includes(q.name));
const name = `synthetic-${options.people}`;
const dataDir = join(PROJECT_ROOT, 'bench', 'data-focus');

const bench = await startBenchNeo4j(
  await benchEnv('bench-focus', { heap: '2g', pageCache: '1g' }),
  reporter,
);
const servers = new Map<Label, RunningServer>();
const cells: (LoadCell & { label: Label })[] = [];
try {
  say(`${options.people} people: generating and seeding…`);
  const file = await writeSynthetic(dataDir, { people: options.people, seed: options.seed, name });
  await runLoader(file, bench.neo4j.coordinates);
  const pool = argumentPool(name, options.people, options.seed);
  const labels: Label[] = [
    ...(options.servers as ServerKind[]),
    ...(options.base ? ['base' as const] : []),
  ];
  for (const label of labels) servers.set(label, await start(label, pool));
  for (const question of questions)
    for (const concurrency of options.concurrency.map(Number))
      for (const [label, server] of servers) {
        if (concurrency === Number(options.concurrency[0]))
          await loadCell(server, question, pool, 8, { seconds: 1 }); // warm-up
        const cell = await loadCell(server, question, pool, concurrency, {
          seconds: options.seconds,
        });
        cells.push({ ...cell, label });
        say(
          `${question.name} c=${concurrency} ${label}: p50 ${cell.p50} ms, ${cell.rps} rps, ${cell.failures} failures`,
        );
      }
} finally {
  for (const server of servers.values()) await server.stop();
  await stopBenchNeo4j(bench, { remove: true });
  await rm(dataDir, { recursive: true, force: true });
}
process.stdout.write(table());

async function start(label: Label, pool: Args[]): Promise<RunningServer> {
  const kind: ServerKind = label === 'base' ? 'ours' : label;
  const [first] = questions as [Question];
  let last = '';
  return startServer(
    kind,
    bench.neo4j.coordinates,
    async (url) => {
      const answer = await ask(url, requestBody(kind, first, pool[0] as Args));
      last = answer.body;
      return answer.ok;
    },
    () => last,
    label === 'base' ? (options.base as string) : PROJECT_ROOT,
  );
}

function table(): string {
  const p50 = (q: string, c: number, label: Label) =>
    cells.find((cell) => cell.question === q && cell.concurrency === c && cell.label === label)
      ?.p50;
  const ratio = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}x` : '–');
  const rows = questions.flatMap((q) =>
    options.concurrency.map(Number).map((c) => {
      const [ours, raw, peer, base] = (['ours', 'raw', 'peer', 'base'] as Label[]).map((l) =>
        p50(q.name, c, l),
      );
      return `| ${q.name} | ${c} | ${ours ?? '–'} | ${base ?? '–'} | ${raw ?? '–'} | ${peer ?? '–'} | ${ratio(ours, raw)} | ${ratio(ours, peer)} | ${ratio(ours, base)} |`;
    }),
  );
  return [
    `${options.people} people, ${options.seconds} s per cell, p50 ms`,
    '',
    '| question | c | ours | base | raw | peer | ours/raw | ours/peer | ours/base |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
