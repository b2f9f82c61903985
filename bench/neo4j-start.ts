/**
 * How long the local Neo4j takes to be ready, and how much memory it holds.
 *  - first start: a new instance (initial password, new system and neo4j stores);
 *  - warm start: the same instance again (the baseline the ratio is taken against).
 * Jars must be assembled already (run `npm start` once); the Maven download is timed by .ci/run's log.
 * Usage: npm run bench:start [-- runs]   Writes bench/results/neo4j-start.{json,md}.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { loadEnv } from '../src/config/index.js';
import { median } from './lib/stats.js';
import { writeResults } from './results-file.js';
import { silentReporter } from '../src/log.js';
import {
  freePort,
  localLayout,
  NEO4J_VERSION,
  startLocalJvm,
} from '../src/neo4j/provision/index.js';

const runs = Number(process.argv[2] ?? 5);

/** Resident memory (MiB) of the server JVM of this instance and of its launcher, from /proc. */
function residentMiB(instanceDir: string): { server: number; launcher: number } {
  const rss = (pid: string) =>
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmdline.includes('CommunityEntryPoint') || !cmdline.includes(instanceDir)) continue;
    const parent =
      /^\d+ \(.*\) \S (\d+)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1] ?? '';
    return { server: rss(pid), launcher: parent ? rss(parent) : 0 };
  }
  throw new Error(`no Neo4j server process found for ${instanceDir}`);
}

async function timedStart(instance: string, bolt: number, http: number) {
  const env = loadEnv({
    ...process.env,
    TESTIMONY_NEO4J_INSTANCE: instance,
    TESTIMONY_NEO4J_BOLT_PORT: String(bolt),
    TESTIMONY_NEO4J_HTTP_PORT: String(http),
  });
  const started = performance.now();
  const neo4j = await startLocalJvm(env, silentReporter);
  const seconds = (performance.now() - started) / 1000;
  const memory = residentMiB(localLayout(env).instance);
  await neo4j.stop();
  return { seconds, memory, instanceDir: localLayout(env).instance };
}

const samples = [];
for (let i = 0; i < runs; i += 1) {
  const instance = `bench-start-${process.pid}-${i}`;
  const [bolt, http] = [await freePort(), await freePort()];
  const first = await timedStart(instance, bolt, http);
  const warm = await timedStart(instance, bolt, http);
  await rm(first.instanceDir, { recursive: true, force: true });
  samples.push({
    first: first.seconds,
    warm: warm.seconds,
    serverRssMiB: warm.memory.server,
    launcherRssMiB: warm.memory.launcher,
  });
  console.error(
    `run ${i + 1}/${runs}: first ${first.seconds.toFixed(1)} s, warm ${warm.seconds.toFixed(1)} s, RSS server ${warm.memory.server.toFixed(0)} MiB + launcher ${warm.memory.launcher.toFixed(0)} MiB`,
  );
}

const summary = {
  neo4j: NEO4J_VERSION,
  runs,
  medianFirstStartS: median(samples.map((s) => s.first)),
  medianWarmStartS: median(samples.map((s) => s.warm)),
  medianServerRssMiB: median(samples.map((s) => s.serverRssMiB)),
  medianLauncherRssMiB: median(samples.map((s) => s.launcherRssMiB)),
  samples,
  measuredAt: new Date().toISOString(),
};
const ratio = summary.medianFirstStartS / summary.medianWarmStartS;
const table = [
  `# Local Neo4j ${NEO4J_VERSION} start-up (${runs} runs, median)`,
  '',
  '| measure | value |',
  '| --- | --- |',
  `| first start (new instance) | ${summary.medianFirstStartS.toFixed(1)} s |`,
  `| warm start (baseline) | ${summary.medianWarmStartS.toFixed(1)} s |`,
  `| first / warm | ${ratio.toFixed(2)}x |`,
  `| resident memory, server JVM | ${summary.medianServerRssMiB.toFixed(0)} MiB |`,
  `| resident memory, launcher JVM | ${summary.medianLauncherRssMiB.toFixed(0)} MiB |`,
  '',
].join('\n');
await writeResults('neo4j-start', summary, table);
