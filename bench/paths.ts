import { DEFAULT_CLAIM_FILTER, PATH_TYPES } from '../src/domain/index.js';
import type { Driver } from 'neo4j-driver';
import { QueryExecutor } from '../src/queries/index.js';
import { percentile, round } from './lib/stats.js';
import type { Random } from './synthetic/random.js';

export interface PathRun {
  pairs: number;
  maxHops: number;
  /** Pairs joined by a path within maxHops. */
  found: number;
  meanLength: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * shortestPath between random pairs of people (the product's named query, through the same
 * executor the API uses), one at a time: latency as the graph grows, not throughput.
 */
export async function benchPaths(
  driver: Driver,
  database: string,
  personId: (i: number) => string,
  people: number,
  random: Random,
  pairs: number,
): Promise<PathRun> {
  const executor = new QueryExecutor(driver, { database, timeoutMs: 60_000 });
  const maxHops = 4;
  const ask = (from: string, to: string) =>
    executor.read('shortest-path', {
      from,
      to,
      maxHops,
      types: [...PATH_TYPES],
      claims: DEFAULT_CLAIM_FILTER,
    });
  for (let i = 0; i < 5; i += 1)
    await ask(personId(random.int(0, people - 1)), personId(random.int(0, people - 1)));
  const latencies: number[] = [];
  const lengths: number[] = [];
  for (let i = 0; i < pairs; i += 1) {
    const from = random.int(0, people - 1);
    let to = random.int(0, people - 1);
    if (to === from) to = (to + 1) % people;
    const started = performance.now();
    const rows = await ask(personId(from), personId(to));
    latencies.push(performance.now() - started);
    const rels = rows[0]?.rels as unknown[] | undefined;
    if (rels) lengths.push(rels.length);
  }
  return {
    pairs,
    maxHops,
    found: lengths.length,
    meanLength: round(lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length)),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    max: round(Math.max(...latencies)),
  };
}
