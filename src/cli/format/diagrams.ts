import { dateMarked, labelOf, type DateLike } from './labels.js';

type Node = Record<string, unknown> & { id: string };
export interface Edge {
  from: Node;
  to: Node;
  label: string;
  /** What the edge stands for when ends and label may not tell (a meeting's id). */
  id?: string;
}

/**
 * Each edge once: `--all` paths share their steps, and a diagram draws a relationship once
 * (same ends, same label, same id when it has one), in the order first met.
 */
export function distinctEdges(edges: Edge[]): Edge[] {
  const seen = new Set<string>();
  return edges.filter((edge) => {
    const key = JSON.stringify([edge.from.id, edge.to.id, edge.label, edge.id ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Mermaid flowchart source: ids become safe keys, names become labels (quotes escaped). */
export function mermaid(edges: Edge[]): string {
  const keys = new Map<string, string>();
  const key = (node: Node) => {
    if (!keys.has(node.id)) keys.set(node.id, `n${keys.size}`);
    return keys.get(node.id) ?? '';
  };
  const text = (value: string) => value.replaceAll('"', '#quot;');
  const lines = ['graph LR'];
  for (const edge of distinctEdges(edges))
    lines.push(
      `  ${key(edge.from)}["${text(labelOf(edge.from, 40))}"] -->|"${text(edge.label)}"| ${key(edge.to)}["${text(labelOf(edge.to, 40))}"]`,
    );
  return `${lines.join('\n')}\n`;
}

/** Graphviz DOT source. */
export function dot(edges: Edge[]): string {
  const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  const lines = ['digraph testimony {', '  rankdir=LR;', '  node [shape=box, style=rounded];'];
  const seen = new Set<string>();
  for (const edge of distinctEdges(edges)) {
    for (const node of [edge.from, edge.to]) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      lines.push(`  ${quote(node.id)} [label=${quote(labelOf(node, 40))}];`);
    }
    lines.push(`  ${quote(edge.from.id)} -> ${quote(edge.to.id)} [label=${quote(edge.label)}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/**
 * An edge's label: type and date with the date's honesty marks (`~` approximate, open start,
 * approx., inferred), and `claim` when it rests only on someone's statement:
 * `SPOKE_FOR 2017-03-01 (inferred)`, `MET_WITH 2016-07 (claim)`.
 */
export function stepLabel(
  type: string,
  date: DateLike | null | undefined,
  isClaim = false,
): string {
  return [type, dateMarked(date, isClaim ? ['claim'] : [])].filter((part) => part !== '').join(' ');
}
