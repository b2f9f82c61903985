import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { join } from 'node:path';
import { primaryLabel, type ExportedGraph, type PropertyTypes } from './graph.js';

/**
 * CSV in the form `neo4j-admin database import` takes: one file per label and per relationship
 * type, typed headers (`id:ID`, `:LABEL`, `start:long`, `aliases:string[]`, `dateStart:date`,
 * `:START_ID`, `:END_ID`, `:TYPE`), arrays joined with `;` (the importer's default).
 */
export async function writeCsv(graph: ExportedGraph, dir: string): Promise<string[]> {
  // (Source texts span lines: the importer needs --multiline-fields=true; see importCommand.)
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  const byLabel = groupBy(graph.nodes, primaryLabel);
  for (const [label, nodes] of byLabel) {
    const keys = propertyKeys(nodes.map((n) => n.properties)).filter((key) => key !== 'id');
    const header = [
      'id:ID',
      ':LABEL',
      ...keys.map(
        (key) =>
          `${key}${typeSuffix(
            nodes.map((n) => n.types),
            key,
          )}`,
      ),
    ];
    const rows = nodes.map((n) => [
      n.id,
      n.labels.join(';'),
      ...keys.map((key) => cell(n.properties[key])),
    ]);
    files.push(await writeFileCsv(join(dir, `nodes-${label}.csv`), header, rows));
  }
  for (const [type, rels] of groupBy(graph.relationships, (r) => r.type)) {
    const keys = propertyKeys(rels.map((r) => r.properties));
    const header = [
      ':START_ID',
      ':END_ID',
      ':TYPE',
      ...keys.map(
        (key) =>
          `${key}${typeSuffix(
            rels.map((r) => r.types),
            key,
          )}`,
      ),
    ];
    const rows = rels.map((r) => [
      r.start,
      r.end,
      r.type,
      ...keys.map((key) => cell(r.properties[key])),
    ]);
    files.push(await writeFileCsv(join(dir, `relationships-${type}.csv`), header, rows));
  }
  return files;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function propertyKeys(maps: Record<string, unknown>[]): string[] {
  return [...new Set(maps.flatMap((m) => Object.keys(m)))].sort();
}

const IMPORT_TYPES: Record<string, string> = {
  STRING: '',
  INTEGER: ':long',
  FLOAT: ':double',
  BOOLEAN: ':boolean',
  DATE: ':date',
};

/** The importer's column type, from Neo4j's own valueType() of the column's values. */
function typeSuffix(typesPerRow: PropertyTypes[], key: string): string {
  const kinds = new Set(
    typesPerRow.flatMap((types) =>
      types.filter(([k]) => k === key).map(([, t]) => t.replaceAll(' NOT NULL', '')),
    ),
  );
  if (kinds.size !== 1) return '';
  const [kind = 'STRING'] = kinds;
  const list = /^LIST<(\w+)>$/.exec(kind);
  const scalar = IMPORT_TYPES[list?.[1] ?? kind] ?? '';
  return list ? `${scalar || ':string'}[]` : scalar;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const items = value.map(String);
    // ';' separates list items for the importer: a value holding one would come back split.
    if (items.some((item) => item.includes(';')))
      throw new Error(
        `a list value holds ';', the importer's array delimiter: ${JSON.stringify(items)}`,
      );
    return items.join(';');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Streamed a thousand lines at a time: one string of a large graph's file would pass V8's string limit. */
async function writeFileCsv(file: string, header: string[], rows: string[][]): Promise<string> {
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const line = (row: string[]) => `${row.map(quote).join(',')}\n`;
  const out = createWriteStream(file);
  const lines = [header, ...rows];
  for (let at = 0; at < lines.length; at += 1000) {
    if (
      !out.write(
        lines
          .slice(at, at + 1000)
          .map(line)
          .join(''),
      )
    )
      await once(out, 'drain');
  }
  out.end();
  await finished(out);
  return file;
}

/** The neo4j-admin command that loads these files into an empty, stopped database. */
export function importCommand(files: string[], database = 'neo4j'): string {
  const nodes = files.filter((f) => /[/\\]nodes-[^/\\]+\.csv$/.test(f)).map((f) => `--nodes=${f}`);
  const rels = files
    .filter((f) => /[/\\]relationships-[^/\\]+\.csv$/.test(f))
    .map((f) => `--relationships=${f}`);
  // The database comes first: --nodes and --relationships take several values each.
  return [
    `neo4j-admin database import full ${database} --multiline-fields=true`,
    ...nodes,
    ...rels,
  ].join(' \\\n  ');
}
