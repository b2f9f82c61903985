import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';
import type { Neo4jCoordinates } from '../../src/neo4j/index.js';
import type { DatasetCounts } from '../../src/loader/index.js';
import type { LoaderRunResult } from '../report/schema.js';
import { runTestimony } from '../lib/child.js';

/**
 * facts: curated facts, nodes and relationships (evidence links not counted); elements: everything
 * written (evidence spans and links too); wallMs: process start to exit, as a user waits for it;
 * writeMs: schema and the one write transaction, of which schemaMs the schema.
 */
export type LoaderRun = LoaderRunResult;

interface SeedJson {
  validateMs: number;
  ms: number;
  schemaMs: number;
  datasets: DatasetCounts[];
}

const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);

export function factCounts(counts: DatasetCounts): { facts: number; elements: number } {
  const relationships = sum(counts.relationships);
  const facts = sum(counts.nodes) + relationships - (counts.relationships.EVIDENCED_BY ?? 0);
  // FROM_SOURCE: one per evidence span.
  return { facts, elements: sum(counts.nodes) + counts.evidence * 2 + relationships };
}

/** Runs `testimony seed FILE --json` as a user would, in a process of its own, with its peak memory. */
export async function runLoader(
  file: string,
  target: Neo4jCoordinates,
  batchSize?: string,
): Promise<LoaderRun> {
  // At debug level the loader logs each step's time and the commit's (pino JSON lines on stderr).
  const run = await runTestimony(
    ['seed', file, '--json', ...(batchSize ? ['--batch-size', batchSize] : [])],
    target,
    ['--import', join(PROJECT_ROOT, 'bench/load/report-max-rss.mjs')],
    { LOG_LEVEL: 'debug' },
  );
  if (process.env.BENCH_SHOW_SEED) process.stderr.write(run.stderr);
  if (run.code !== 0)
    throw new Error(`seed of ${file} failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
  const result = JSON.parse(run.stdout) as SeedJson;
  const counts = result.datasets[0];
  if (!counts) throw new Error('seed --json gave no dataset counts');
  const { facts, elements } = factCounts(counts);
  const maxRssKb = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? Number.NaN);
  return {
    facts,
    elements,
    wallMs: run.ms,
    validateMs: result.validateMs,
    writeMs: result.ms,
    schemaMs: result.schemaMs,
    factsPerSecond: facts / (run.ms / 1000),
    factsPerSecondWriteOnly: facts / ((result.ms - result.schemaMs) / 1000),
    maxRssMiB: maxRssKb / 1024,
    phasesMs: phases(run.stderr),
  };
}

/** The loader's own timings: each write step, and the commit of the one transaction. */
function phases(stderr: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const line of stderr.split('\n')) {
    if (!line.includes('"load step"') && !line.includes('"load commit"')) continue;
    try {
      const entry = JSON.parse(line) as { step?: string; ms: number };
      found[entry.step ?? 'commit'] = entry.ms;
    } catch {
      // not a log line
    }
  }
  return found;
}
