import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphRows } from '../dataset/index.js';
import { readCypher } from '../neo4j/index.js';
import { countRows } from './summary.js';

const CURRENT_NODES = readCypher('load/current-nodes.cypher');
const CURRENT_RELATIONSHIPS = readCypher('load/current-relationships.cypher');

export interface DatasetPlan {
  dataset: string;
  nodes: { add: string[]; remove: string[]; update: number };
  /** Per relationship type: how many the dataset holds now, and how many after the seed. */
  relationships: Record<string, { before: number; after: number }>;
}

/** What a seed would change, read in a read transaction: `seed --dry-run` writes nothing. */
export async function planSeed(
  driver: Driver,
  database: string,
  graph: GraphRows,
): Promise<DatasetPlan> {
  const config = { database, routing: neo4j.routing.READ };
  const nodes = await driver.executeQuery(CURRENT_NODES, { dataset: graph.dataset }, config);
  const rels = await driver.executeQuery(CURRENT_RELATIONSHIPS, { dataset: graph.dataset }, config);
  const current = new Set(nodes.records.map((r) => String(r.get('id'))));
  const next = new Set(graph.nodes.map((n) => n.id));
  const relationships: DatasetPlan['relationships'] = {};
  for (const record of rels.records)
    relationships[String(record.get('type'))] = { before: Number(record.get('count')), after: 0 };
  for (const [type, after] of Object.entries(countRows(graph).relationships)) {
    relationships[type] = { before: relationships[type]?.before ?? 0, after };
  }
  return {
    dataset: graph.dataset,
    nodes: {
      add: [...next].filter((id) => !current.has(id)),
      remove: [...current].filter((id) => !next.has(id)),
      update: [...next].filter((id) => current.has(id)).length,
    },
    relationships,
  };
}

export function formatPlan(plan: DatasetPlan): string {
  const changed = Object.entries(plan.relationships)
    .filter(([, n]) => n.before !== n.after)
    .map(([type, n]) => `${type} ${n.before} -> ${n.after}`);
  return [
    `dataset ${plan.dataset} (dry run: nothing written)`,
    `  nodes: ${plan.nodes.add.length} to add, ${plan.nodes.remove.length} to remove, ${plan.nodes.update} to rewrite`,
    ...plan.nodes.add.slice(0, 20).map((id) => `    + ${id}`),
    ...plan.nodes.remove.slice(0, 20).map((id) => `    - ${id}`),
    `  relationships: ${changed.length === 0 ? 'same counts per type (all rewritten)' : changed.join(', ')}`,
  ].join('\n');
}
