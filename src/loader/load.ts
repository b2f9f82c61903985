import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { GraphRows } from '../dataset/index.js';
import { logger, type Reporter } from '../log.js';
import { DatasetWriter } from './writer.js';

const log = logger('loader');

export interface LoadOptions {
  database: string;
  reporter: Reporter;
  /** Rows per UNWIND round trip: large datasets are written in batches, small ones in one. */
  batchSize?: number | undefined;
}

export interface LoadResult {
  statements: number;
  ms: number;
}

/**
 * Writes every dataset in ONE write transaction: either all of it lands or none of it does, so
 * a seed that fails or is killed midway leaves the previous graph as it was. A dataset given
 * with no rows at all is removed (`seed --remove`).
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
        let count = 0;
        for (const graph of graphs) count += await new DatasetWriter(tx, graph, options).write();
        written = Date.now();
        return count;
      },
      { metadata: { app: 'testimony', query: 'seed' } },
    );
    log.debug({ ms: Date.now() - written }, 'load commit');
    return { statements, ms: Date.now() - started };
  } finally {
    await session.close();
  }
}
