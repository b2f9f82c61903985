import type { QueryExecutor } from '../queries/executor.js';

/** Each property's Neo4j type as `valueType()` names it, e.g. ['dateStart', 'DATE NOT NULL']. */
export type PropertyTypes = [string, string][];
export interface ExportNode { id: string; labels: string[]; properties: Record<string, unknown>; types: PropertyTypes }
export interface ExportRelationship { start: string; type: string; end: string; properties: Record<string, unknown>; types: PropertyTypes }
export interface ExportedGraph { nodes: ExportNode[]; relationships: ExportRelationship[] }

const PAGE = 10_000;

/** The whole graph, read in pages (each a bounded read transaction), in a stable order. */
export async function readGraph(executor: QueryExecutor): Promise<ExportedGraph> {
  const page = async <T>(name: 'export-nodes' | 'export-relationships'): Promise<T[]> => {
    const all: T[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const rows = (await executor.read(name, { skip, limit: PAGE })) as T[];
      all.push(...rows);
      if (rows.length < PAGE) return all;
    }
  };
  return { nodes: await page<ExportNode>('export-nodes'), relationships: await page<ExportRelationship>('export-relationships') };
}

/** The label a node is filed under (its kind); every curated node is also an Entity. */
export function primaryLabel(node: ExportNode): string {
  return node.labels.find((label) => label !== 'Entity') ?? node.labels[0] ?? 'Node';
}
