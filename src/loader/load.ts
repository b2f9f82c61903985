import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { GraphRows } from '../dataset/index.js';
import { logger, type Reporter } from '../log.js';
import { SEED_TX_METADATA, takeSeedLock } from './lock.js';
import type { LoadProgress } from './progress.js';
import { DatasetWriter, type DerivedScope } from './writer.js';

const log = logger('loader');

export interface LoadOptions {
  database: string;
  reporter: Reporter;
  /** Rows per UNWIND round trip: large datasets are written in batches, small ones in one. */
  batchSize?: number | undefined;
  /** Bars for the long steps (a TTY without --quiet); none by default. */
  progress?: LoadProgress | undefined;
}

export interface LoadResult {
  statements: number;
  ms: number;
}

/**
 * Writes every dataset in ONE write transaction: either all of it lands or none of it does, so
 * a seed that fails or is killed midway leaves the previous graph as it was (Neo4j rolls the
 * transaction back when the connection drops: nothing is left to clean up). Its first statement
 * takes the seed lock, so a second seed waits for this one (see lock.ts). Within it, rows go in
 * bounded, pipelined batches. A dataset given with no rows at all is removed (`seed --remove`).
 */
export async function loadGraphs(
  driver: Driver,
  graphs: GraphRows[],
  options: LoadOptions,
): Promise<LoadResult> {
  const started = Date.now();
  const session = driver.session({
    database: options.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    let written = 0;
    const statements = await session.executeWrite(
      async (tx: ManagedTransaction) => {
        await takeSeedLock(tx, options.reporter);
        const count = await writeAll(tx, graphs, options);
        written = Date.now();
        return count;
      },
      { metadata: { ...SEED_TX_METADATA } },
    );
    log.debug({ ms: Date.now() - written }, 'load commit');
    return { statements: statements + 1, ms: Date.now() - started };
  } finally {
    await session.close();
  }
}

/** Each phase for every dataset before the next (see DatasetWriter), then one derivation. */
async function writeAll(
  tx: ManagedTransaction,
  graphs: GraphRows[],
  options: LoadOptions,
): Promise<number> {
  const writers = graphs.map((graph) => new DatasetWriter(tx, graph, options));
  for (const writer of writers) await writer.prepare();
  for (const writer of writers) await writer.writeNodes();
  const scopes: DerivedScope[] = [];
  for (const writer of writers) scopes.push(await writer.writeRelationships());
  const [last] = writers.slice(-1);
  if (last) {
    options.reporter.progress('seed: deriving MET_WITH and SPOKE_FOR');
    const pairs = new Map(scopes.flatMap((s) => s.pairs).map((p) => [`${p.from}>${p.to}`, p]));
    await last.deriveMeetings([...new Set(scopes.flatMap((s) => s.members))]);
    await last.deriveSpokeFor([...pairs.values()]);
  }
  return writers.reduce((sum, writer) => sum + writer.statementCount, 0);
}
