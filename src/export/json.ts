import type { ExportedGraph } from './graph.js';

/**
 * `{ nodes: [{ id, labels, properties }], relationships: [{ start, type, end, properties }] }`:
 * the graph as read, without the Neo4j type names that only the CSV headers need.
 */
export function toJson(graph: ExportedGraph): string {
  const nodes = graph.nodes.map(({ types: _types, ...node }) => node);
  const relationships = graph.relationships.map(({ types: _types, ...rel }) => rel);
  return `${JSON.stringify({ nodes, relationships }, null, 2)}\n`;
}
