/**
 * A short, focused API benchmark: some questions, some concurrencies, at one size, with the
 * servers interleaved cell by cell (so that a noisy machine disturbs all of them alike), and
 * optionally a second build of ours (`--base <checkout>`) for a before/after in the same run.
 *   npm run bench:focus -- --people 1000 --questions nested-3-levels,person-meetings --base ../main
 * Each cell is run `--rounds` times, servers alternating, and its median p50 kept. Beside latency it
 * reports each server's CPU time per request (utime + stime of its process, from /proc): on a
 * shared, noisy machine that is the steadier measure of what a request costs the server.
 * Prints a table (p50 ms, ours/raw, ours/peer, ours/base); asserts nothing. The full benchmark
 * is `npm run bench`.
 */
import { readFileSync } from 'node:fs';
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
  .option(
    '--rounds <n>',
    'times each cell runs (servers alternating); the median is kept',
    Number,
    3,
  )
  .option('--servers <list>', 'raw, ours, peer', list, ['raw', 'ours', 'peer'])
  .option('--base <dir>', 'another checkout whose `testimony serve` is timed as "base"')
  .option('--seed <n>', 'PRNG seed', Number, 42)
  .parse()
  .opts<{
    people: number;
    questions?: string[];
    concurrency: string[];
    seconds: number;
    rounds: number;
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
type Cell = LoadCell & { label: Label; cpuMsPerRequest: number };
const cells: Cell[] = [];
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
  for (const question of questions) {
    // Warm-up: JIT, query plans, connection pools.
    for (const server of servers.values())
      await loadCell(server, question, pool, 8, { seconds: 1 });
    for (const concurrency of options.concurrency.map(Number))
      for (let round = 0; round < options.rounds; round += 1)
        for (const [label, server] of servers) {
          const cpuBefore = cpuMs(server);
          const cell = await loadCell(server, question, pool, concurrency, {
            seconds: options.seconds,
          });
          const cpuMsPerRequest = (cpuMs(server) - cpuBefore) / Math.max(1, cell.requests);
          cells.push({ ...cell, label, cpuMsPerRequest });
          say(
            `${question.name} c=${concurrency} ${label}: p50 ${cell.p50} ms, ${cell.rps} rps, ${cpuMsPerRequest.toFixed(2)} CPU ms/request, ${cell.failures} failures`,
          );
        }
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
    label === 'base' ? options.base : PROJECT_ROOT,
  );
}

/** utime + stime of a server's process so far, in ms (Linux clock ticks of 10 ms). */
function cpuMs(server: RunningServer): number {
  const stat = readFileSync(`/proc/${server.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function table(): string {
  const of = (q: string, c: number, label: Label) =>
    cells.filter((cell) => cell.question === q && cell.concurrency === c && cell.label === label);
  const p50 = (q: string, c: number, label: Label) => median(of(q, c, label).map((x) => x.p50));
  const cpu = (q: string, c: number, label: Label) =>
    median(of(q, c, label).map((x) => x.cpuMsPerRequest));
  const ratio = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}x` : '–');
  const rows = questions.flatMap((q) =>
    options.concurrency.map(Number).map((c) => {
      const [ours, raw, peer, base] = (['ours', 'raw', 'peer', 'base'] as Label[]).map((l) =>
        p50(q.name, c, l),
      );
      const [cOurs, cRaw, cPeer, cBase] = (['ours', 'raw', 'peer', 'base'] as Label[]).map((l) =>
        cpu(q.name, c, l)?.toFixed(2),
      );
      return `| ${q.name} | ${c} | ${ours ?? '–'} | ${base ?? '–'} | ${raw ?? '–'} | ${peer ?? '–'} | ${ratio(ours, raw)} | ${ratio(ours, peer)} | ${ratio(ours, base)} | ${cOurs ?? '–'} / ${cBase ?? '–'} / ${cRaw ?? '–'} / ${cPeer ?? '–'} |`;
    }),
  );
  return [
    `${options.people} people, ${options.seconds} s per cell, median p50 (ms) of ${options.rounds} rounds; server CPU ms per request`,
    '',
    '| question | c | ours | base | raw | peer | ours/raw | ours/peer | ours/base | CPU ms/req ours / base / raw / peer |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
