import type { QueryExecutor } from '../queries/index.js';

/** Each property's Neo4j type as `valueType()` names it, e.g. ['dateStart', 'DATE NOT NULL']. */
export type PropertyTypes = [string, string][];
export interface ExportNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
  types: PropertyTypes;
}
export interface ExportRelationship {
  start: string;
  type: string;
  end: string;
  properties: Record<string, unknown>;
  types: PropertyTypes;
}
export interface ExportedGraph {
  nodes: ExportNode[];
  relationships: ExportRelationship[];
}

/** Nodes per page; a relationship page is the relationships of fewer start nodes (hubs have thousands). */
const PAGE = 10_000;
const START_NODES_PER_PAGE = 1_000;

/**
 * The whole graph, read in pages (each a bounded read transaction), in a stable order. Pages are
 * keyed by the last id read, never skipped to: SKIP would re-read the graph for every page.
 */
export async function readGraph(executor: QueryExecutor): Promise<ExportedGraph> {
  const nodes = await pages<ExportNode>(executor, 'export-nodes', (row) => row.id);
  const rows = await pages<ExportRelationship | { start: string; type: null }>(
    executor,
    'export-relationships',
    (row) => row.start,
  );
  // A node without outgoing relationships comes back as one row with a null type.
  const relationships = rows.filter((row): row is ExportRelationship => row.type !== null);
  return { nodes, relationships };
}

async function pages<T>(
  executor: QueryExecutor,
  name: 'export-nodes' | 'export-relationships',
  key: (row: T) => string,
): Promise<T[]> {
  const all: T[] = [];
  const limit = name === 'export-nodes' ? PAGE : START_NODES_PER_PAGE;
  for (let after = ''; ;) {
    const rows = (await executor.read(name, { after, limit })) as T[];
    const last = rows.at(-1);
    if (last === undefined) return all;
    for (const row of rows) all.push(row);
    after = key(last);
  }
}

/** The label a node is filed under (its kind); every curated node is also an Entity. */
export function primaryLabel(node: ExportNode): string {
  return node.labels.find((label) => label !== 'Entity') ?? node.labels[0] ?? 'Node';
}
