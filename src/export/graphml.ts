import { primaryLabel, type ExportedGraph } from './graph.js';

const escape = (value: string) =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/**
 * GraphML (http://graphml.graphdrawing.org), as Gephi and yEd read it: every property a declared
 * <key> of type string (lists and maps as JSON text), plus `label` (a display name) and `labels`
 * on nodes and `type` on edges.
 */
export function toGraphml(graph: ExportedGraph): string {
  const nodeKeys = [...new Set(graph.nodes.flatMap((n) => Object.keys(n.properties)))].sort();
  const edgeKeys = [
    ...new Set(graph.relationships.flatMap((r) => Object.keys(r.properties))),
  ].sort();
  const text = (value: unknown) =>
    escape(typeof value === 'string' ? value : JSON.stringify(value));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="n_labels" for="node" attr.name="labels" attr.type="string"/>',
    ...nodeKeys.map(
      (key) =>
        `  <key id="n_${escape(key)}" for="node" attr.name="${escape(key)}" attr.type="string"/>`,
    ),
    '  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>',
    ...edgeKeys.map(
      (key) =>
        `  <key id="e_${escape(key)}" for="edge" attr.name="${escape(key)}" attr.type="string"/>`,
    ),
    '  <graph id="testimony" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    const name = [node.properties.name, node.properties.title, node.properties.quote, node.id].find(
      (v) => typeof v === 'string',
    ) as string;
    lines.push(
      `    <node id="${escape(node.id)}">`,
      `      <data key="n_label">${escape(name)}</data>`,
      `      <data key="n_labels">${escape(`${primaryLabel(node)}`)}</data>`,
    );
    for (const [key, value] of Object.entries(node.properties))
      lines.push(`      <data key="n_${escape(key)}">${text(value)}</data>`);
    lines.push('    </node>');
  }
  graph.relationships.forEach((rel, index) => {
    lines.push(
      `    <edge id="e${index}" source="${escape(rel.start)}" target="${escape(rel.end)}">`,
      `      <data key="e_type">${escape(rel.type)}</data>`,
    );
    for (const [key, value] of Object.entries(rel.properties))
      lines.push(`      <data key="e_${escape(key)}">${text(value)}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
