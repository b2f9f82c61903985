/**
 * How long `testimony <question>` takes, end to end, as a script calling it sees it: process start,
 * module loading, connecting, the queries, the output, exit. The data is already loaded.
 *  - floor: `node -e ''`, what any Node process costs on this machine;
 *  - compiled: `node bin/testimony.mjs`, the compiled CLI in dist/ (built first);
 *  - tsx: `node --import tsx src/cli/index.ts`, what bin/testimony.mjs ran before dist/ existed
 *    (TypeScript transpiled at every start; tsx's own cache warm);
 *  - npx (path only): `npx testimony`, the npm wrapper around the compiled CLI.
 * Runs are interleaved (each round runs every variant once) so that a busy spell on a shared
 * machine spreads over all of them. The first round is a warm-up (V8 compile cache, tsx cache,
 * page cache), not counted. CPU is the child's user+sys time, from /proc (Linux), which the other
 * processes on the machine disturb much less than the wall-clock time.
 *
 * Neo4j: NEO4J_URI (with NEO4J_PASSWORD) if set, already seeded by you; else a local server of
 * its own (jars assembled: run `npm start` once), seeded with the bundled datasets, then stopped.
 * Usage: npm run bench:cli [-- runs]   Writes bench/results/cli-latency.{json,md}.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { loadEnv } from '../src/config/index.js';
import { silentReporter } from '../src/log.js';
import type { Neo4jCoordinates } from '../src/neo4j/index.js';
import { freePort, localLayout, startLocalJvm } from '../src/neo4j/provision/index.js';
import { rm } from 'node:fs/promises';
import { PROJECT_ROOT } from '../src/paths.js';
import { childEnv } from '../tests/support/spawn.js';
import { median, round } from './lib/stats.js';
import { writeResults } from './results-file.js';

const runs = Number(process.argv[2] ?? 10);

const QUESTIONS: Record<string, string[]> = {
  '--help': ['--help'],
  path: ['path', 'Jeff Sessions', 'Sergey Kislyak'],
  timeline: ['timeline', 'Jeff Sessions'],
  roles: ['roles', 'Jeff Sessions'],
  search: ['search', 'Kislyak'],
  stats: ['stats'],
};

const BIN = join(PROJECT_ROOT, 'bin', 'testimony.mjs');
const VARIANTS: Record<string, (args: string[]) => [string, string[]]> = {
  floor: () => [process.execPath, ['-e', '']],
  compiled: (args) => [process.execPath, [BIN, ...args]],
  tsx: (args) => [process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args]],
  npx: (args) => ['npx', ['--no-install', 'testimony', ...args]],
};
const variantsOf = (question: string) =>
  Object.keys(VARIANTS).filter((v) => v !== 'npx' || question === 'path');

/** CPU seconds (user + sys) of this process's waited-for children, from /proc; NaN elsewhere. */
function childrenCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // After "pid (comm) ": state is field 0; cutime and cstime are fields 13 and 14, in ticks.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

function timed(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const run = spawnSync(command, args, {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = performance.now() - started;
  if (run.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${String(run.stderr)}`);
  }
  return { ms, cpuMs: (childrenCpuSeconds() - cpuBefore) * 1000 };
}

async function withNeo4j<T>(work: (target: Neo4jCoordinates) => T): Promise<T> {
  const given = loadEnv();
  if (given.NEO4J_URI) {
    const { runningNeo4jCoordinates } = await import('../src/neo4j/index.js');
    return work(runningNeo4jCoordinates(given));
  }
  const env = loadEnv({
    ...process.env,
    TESTIMONY_NEO4J_INSTANCE: `bench-cli-${process.pid}`,
    TESTIMONY_NEO4J_BOLT_PORT: String(await freePort()),
    TESTIMONY_NEO4J_HTTP_PORT: String(await freePort()),
  });
  console.error('Starting a local Neo4j of its own...');
  const neo4j = await startLocalJvm(env, silentReporter);
  try {
    const seeded = spawnSync(process.execPath, [BIN, 'seed'], {
      cwd: PROJECT_ROOT,
      env: childEnv({ inherit: true, neo4j: neo4j.coordinates }),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (seeded.status !== 0) throw new Error(`seed exited ${seeded.status}`);
    return work(neo4j.coordinates);
  } finally {
    await neo4j.stop();
    await rm(localLayout(env).instance, { recursive: true, force: true });
  }
}

const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
});
if (build.status !== 0) throw new Error('npm run build failed');

const load1m = () => loadavg()[0] ?? Number.NaN;
const loadBefore = load1m();
const samples = await withNeo4j((target) => {
  const env = childEnv({ inherit: true, neo4j: target, set: { LOG_LEVEL: 'warn' } });
  const all: Record<string, Record<string, { ms: number[]; cpuMs: number[] }>> = {};
  for (let pass = 0; pass <= runs; pass += 1) {
    for (const [question, args] of Object.entries(QUESTIONS)) {
      all[question] ??= {};
      for (const variant of variantsOf(question)) {
        const [command, commandArgs] = (VARIANTS[variant] as (a: string[]) => [string, string[]])(
          args,
        );
        const sample = timed(command, commandArgs, env);
        if (pass === 0) continue; // warm-up
        const into = (all[question][variant] ??= { ms: [], cpuMs: [] });
        into.ms.push(sample.ms);
        into.cpuMs.push(sample.cpuMs);
      }
    }
    if (pass > 0) console.error(`round ${pass}/${runs} done`);
  }
  return all;
});

const medians = Object.fromEntries(
  Object.entries(samples).map(([question, variants]) => [
    question,
    Object.fromEntries(
      Object.entries(variants).map(([variant, s]) => [
        variant,
        { medianMs: round(median(s.ms)), medianCpuMs: round(median(s.cpuMs)) },
      ]),
    ),
  ]),
);
const summary = {
  runs,
  node: process.version,
  loadAverage1m: { before: round(loadBefore), after: round(load1m()) },
  medians,
  samples,
  measuredAt: new Date().toISOString(),
};

const cell = (m?: { medianMs: number; medianCpuMs: number }) =>
  m ? `${m.medianMs.toFixed(0)} ms (CPU ${m.medianCpuMs.toFixed(0)})` : '';
const rows = Object.entries(medians).map(([question, m]) => {
  const speedup =
    m.tsx && m.compiled ? `${(m.tsx.medianMs / m.compiled.medianMs).toFixed(1)}x` : '';
  return `| ${question} | ${cell(m.floor)} | ${cell(m.compiled)} | ${cell(m.tsx)} | ${speedup} | ${cell(m.npx)} |`;
});
const table = [
  `# CLI latency per question (median of ${runs} runs, end to end)`,
  '',
  `Node ${process.version}; 1-minute load average ${summary.loadAverage1m.before} before, ${summary.loadAverage1m.after} after (a shared machine: wall times vary with it, CPU times much less).`,
  '',
  "| question | floor `node -e ''` | compiled `bin/testimony.mjs` | tsx (before) | tsx / compiled | `npx testimony` |",
  '| --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
].join('\n');
await writeResults('cli-latency', summary, table);
