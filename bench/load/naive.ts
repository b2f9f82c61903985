import type { Driver } from 'neo4j-driver';
import type { GraphRows } from '../../src/dataset/index.js';
import { applySchema } from '../../src/neo4j/index.js';
import { toDriverRow } from '../../src/loader/index.js';

/**
 * The naive baseline: the same graph written one MERGE (or MATCH…CREATE) per element, each its
 * own auto-commit round trip, as a first script against Neo4j would. Bench-only Cypher: it is
 * the thing we measure against, not a query of the product.
 */
const NODE = 'MERGE (n:Entity {id: $id}) SET n += $props SET n:$($label)';
const EVIDENCE =
  'MERGE (e:Evidence {id: $id}) SET e += $props WITH e MATCH (s:Source {id: $sourceId}) MERGE (e)-[:FROM_SOURCE]->(s)';
const RELATIONSHIP =
  'MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to}) CREATE (a)-[r:$($type)]->(b) SET r = $props';
const LINK =
  'MATCH (n:Entity {id: $id}) MATCH (e:Evidence {id: $evidenceId}) CREATE (n)-[:EVIDENCED_BY]->(e)';

export interface NaiveRun {
  writes: number;
  writesDone: number;
  ms: number;
  /** Facts per second: the share of the graph written, in the loader's fact count, per second. */
  factsPerSecond: number;
  complete: boolean;
}

/** Writes until done or until `budgetMs` has passed; a partial run reports its rate so far. */
export async function runNaive(
  driver: Driver,
  database: string,
  graph: GraphRows,
  facts: number,
  budgetMs: number,
): Promise<NaiveRun> {
  await applySchema(driver, database);
  const writes: [string, Record<string, unknown>][] = [
    ...graph.nodes.map(({ id, label, props }): [string, Record<string, unknown>] => [
      NODE,
      { id, label, props },
    ]),
    ...graph.evidence.map(
      ({ id, sourceId, start, end, quote }): [string, Record<string, unknown>] => [
        EVIDENCE,
        { id, sourceId, props: { sourceId, start, end, quote } },
      ],
    ),
    ...graph.relationships.map(({ type, from, to, props }): [string, Record<string, unknown>] => [
      RELATIONSHIP,
      { type, from, to, props },
    ]),
    ...graph.nodes.flatMap(({ id, evidenceIds }) =>
      evidenceIds.map((evidenceId): [string, Record<string, unknown>] => [
        LINK,
        { id, evidenceId },
      ]),
    ),
  ];
  const session = driver.session({ database });
  const started = performance.now();
  let done = 0;
  try {
    for (const [query, params] of writes) {
      await session.run(query, toDriverRow(params));
      done += 1;
      if (performance.now() - started > budgetMs) break;
    }
  } finally {
    await session.close();
  }
  const ms = performance.now() - started;
  return {
    writes: writes.length,
    writesDone: done,
    ms,
    factsPerSecond: (facts * (done / writes.length)) / (ms / 1000),
    complete: done === writes.length,
  };
}
