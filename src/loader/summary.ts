import type { GraphRows } from '../dataset/index.js';

/** What one dataset holds: counts per label and per relationship type (EVIDENCED_BY included). */
export interface DatasetCounts {
  dataset: string;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  evidence: number;
}

function tally(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of [...keys].sort()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

export function countRows(graph: GraphRows): DatasetCounts {
  const evidenceLinks = graph.nodes.flatMap((node) => node.evidenceIds.map(() => 'EVIDENCED_BY'));
  return {
    dataset: graph.dataset,
    nodes: tally(graph.nodes.map((node) => node.label)),
    relationships: tally([...graph.relationships.map((rel) => rel.type), ...evidenceLinks]),
    evidence: graph.evidence.length,
  };
}

export function formatCounts(counts: DatasetCounts): string {
  const line = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([key, n]) => `${key} ${n}`)
      .join(', ');
  return `  nodes: ${line(counts.nodes)}\n  relationships: ${line(counts.relationships)}\n  evidence spans: ${counts.evidence}`;
}
