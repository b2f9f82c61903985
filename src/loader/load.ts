import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { GraphRows } from '../dataset/index.js';
import { logger, type Reporter } from '../log.js';
import { readCypher } from '../neo4j/index.js';
import { toDriverRows } from './driver-values.js';

/** The write steps, in order; each is a named .cypher file run as batched UNWINDs. */
const STEPS = [
  {
    name: '1-prune-relationships',
    describe: "removing the dataset's previous relationships",
    rows: () => undefined,
  },
  {
    name: '2-upsert-nodes',
    describe: 'writing nodes',
    rows: (g: GraphRows) => g.nodes.map(({ id, label, props }) => ({ id, label, props })),
  },
  {
    name: '3-prune-nodes',
    describe: 'releasing nodes no longer in the dataset',
    rows: () => undefined,
    ids: (g: GraphRows) => g.nodes.map((n) => n.id),
  },
  {
    name: '4-upsert-evidence',
    describe: 'writing evidence spans',
    rows: (g: GraphRows) => g.evidence,
  },
  {
    name: '5-prune-evidence',
    describe: 'releasing evidence no longer cited',
    rows: () => undefined,
    ids: (g: GraphRows) => g.evidence.map((e) => e.id),
  },
  {
    name: '6-create-relationships',
    describe: 'writing relationships',
    rows: (g: GraphRows) => g.relationships,
  },
  {
    name: '7-link-evidence',
    describe: 'linking nodes to their evidence',
    rows: (g: GraphRows) => g.nodes.map(({ id, evidenceIds }) => ({ id, evidenceIds })),
  },
] as const;

const log = logger('loader');
const QUERIES = new Map(STEPS.map((step) => [step.name, readCypher(`load/${step.name}.cypher`)]));

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
 * a seed that fails or is killed midway leaves the previous graph as it was.
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
      async (tx) => {
        let count = 0;
        for (const graph of graphs) count += await writeGraph(tx, graph, options);
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

async function writeGraph(
  tx: ManagedTransaction,
  graph: GraphRows,
  options: LoadOptions,
): Promise<number> {
  const batchSize = options.batchSize ?? 10_000;
  let statements = 0;
  for (const [index, step] of STEPS.entries()) {
    options.reporter.progress(
      `seed ${graph.dataset}: [${index + 1}/${STEPS.length}] ${step.describe}`,
    );
    const query = QUERIES.get(step.name) ?? '';
    const base = { dataset: graph.dataset, ...('ids' in step ? { ids: step.ids(graph) } : {}) };
    const rows = step.rows(graph);
    const stepStarted = Date.now();
    if (rows === undefined) {
      await tx.run(query, base);
      statements += 1;
      log.debug(
        { dataset: graph.dataset, step: step.name, ms: Date.now() - stepStarted },
        'load step',
      );
      continue;
    }
    // Batches are sent without waiting for the previous one's answer: the driver pipelines them
    // on the connection, so encoding the next batch overlaps the server writing this one.
    const pending = [];
    for (let at = 0; at < rows.length; at += batchSize) {
      pending.push(
        tx.run(query, { ...base, rows: toDriverRows(rows.slice(at, at + batchSize)) }).summary(),
      );
      statements += 1;
    }
    await Promise.all(pending);
    log.debug(
      { dataset: graph.dataset, step: step.name, rows: rows.length, ms: Date.now() - stepStarted },
      'load step',
    );
  }
  return statements;
}
