import { create } from 'xmlbuilder2';
import { primaryLabel, type ExportedGraph, type ExportNode } from './graph.js';

type XMLBuilder = ReturnType<typeof create>;

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * XML 1.0 cannot carry most control characters (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F),
 * lone surrogates, U+FFFE or U+FFFF, not even escaped; a reader refuses the whole file. Such a
 * character in a value (pasted from a PDF, say) is replaced with U+FFFD (�), so the file stays
 * readable and the spot stays visible. Tab, LF and CR are kept, but XML readers turn CR LF into LF.
 */
export const XML_REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * GraphML (http://graphml.graphdrawing.org), as Gephi and yEd read it: every property a declared
 * <key> of type string (lists and maps as JSON text), plus `label` (a display name) and `labels`
 * on nodes and `type` on edges. Built with xmlbuilder2, which does the escaping.
 */
export function toGraphml(graph: ExportedGraph): string {
  const doc = create({
    version: '1.0',
    encoding: 'UTF-8',
    invalidCharReplacement: XML_REPLACEMENT_CHARACTER,
  });
  const root = doc
    .ele(GRAPHML_NS, 'graphml')
    .att(XSI_NS, 'xsi:schemaLocation', `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`);
  declareKeys(root, 'node', 'n', ['label', 'labels', ...propertyKeys(graph.nodes)]);
  declareKeys(root, 'edge', 'e', ['type', ...propertyKeys(graph.relationships)]);
  const body = root.ele('graph', { id: 'testimony', edgedefault: 'directed' });
  for (const node of graph.nodes) {
    const element = body.ele('node', { id: node.id });
    data(element, 'n_label', displayName(node));
    data(element, 'n_labels', primaryLabel(node));
    for (const [key, value] of Object.entries(node.properties)) data(element, `n_${key}`, value);
  }
  graph.relationships.forEach((rel, index) => {
    const element = body.ele('edge', { id: `e${index}`, source: rel.start, target: rel.end });
    data(element, 'e_type', rel.type);
    for (const [key, value] of Object.entries(rel.properties)) data(element, `e_${key}`, value);
  });
  return doc.end({ prettyPrint: true }) + '\n';
}

function propertyKeys(items: { properties: Record<string, unknown> }[]): string[] {
  return [...new Set(items.flatMap((item) => Object.keys(item.properties)))].sort();
}

function declareKeys(root: XMLBuilder, kind: 'node' | 'edge', prefix: string, keys: string[]) {
  for (const key of new Set(keys))
    root.ele('key', {
      id: `${prefix}_${key}`,
      for: kind,
      'attr.name': key,
      'attr.type': 'string',
    });
}

function data(element: XMLBuilder, key: string, value: unknown): void {
  element.ele('data', { key }).txt(typeof value === 'string' ? value : JSON.stringify(value));
}

function displayName(node: ExportNode): string {
  const { name, title, quote } = node.properties;
  return [name, title, quote].find((v): v is string => typeof v === 'string') ?? node.id;
}
