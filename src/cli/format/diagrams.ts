import type { dateOf } from './labels.js';
import { labelOf } from './labels.js';

type Node = Record<string, unknown> & { id: string };
export interface Edge {
  from: Node;
  to: Node;
  label: string;
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
  for (const edge of edges)
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
  for (const edge of edges) {
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

/** An edge's label: type and date, and `(claim)` when it rests only on someone's statement. */
export function stepLabel(
  type: string,
  date: Parameters<typeof dateOf>[0],
  isClaim = false,
): string {
  const label = date?.value ? `${type} ${date.value}` : type;
  return isClaim ? `${label} (claim)` : label;
}
