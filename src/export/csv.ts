import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { join } from 'node:path';
import { chooseArrayDelimiter, manifestFile, manifestText } from './array-delimiter.js';
import { primaryLabel, type ExportedGraph, type PropertyTypes } from './graph.js';

export interface CsvExport {
  /** The CSV files written (the manifest beside them is not one). */
  files: string[];
  /** The character list cells are joined with: neo4j-admin's --array-delimiter. */
  arrayDelimiter: string;
}

/**
 * CSV in the form `neo4j-admin database import` takes: one file per label and per relationship
 * type, typed headers (`id:ID`, `:LABEL`, `start:long`, `aliases:string[]`, `dateStart:date`,
 * `:START_ID`, `:END_ID`, `:TYPE`). Every value is quoted (`"` doubled inside), so commas,
 * quotes and line breaks in texts survive (the importer needs --multiline-fields=true); a missing
 * value is an empty unquoted field, which the importer reads as no property, not as "". Lists are
 * joined with a delimiter chosen to occur in no list item (array-delimiter.ts), recorded in
 * import-options.json beside the files and printed in the import command.
 */
export async function writeCsv(graph: ExportedGraph, dir: string): Promise<CsvExport> {
  const arrayDelimiter = chooseArrayDelimiter(graph);
  const cell = (value: unknown) => csvCell(value, arrayDelimiter);
  await mkdir(dir, { recursive: true });
  await writeFile(manifestFile(dir), manifestText(arrayDelimiter));
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
      n.labels.join(arrayDelimiter),
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
  return { files, arrayDelimiter };
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

/** A cell's text; undefined for no value (written as an empty, unquoted field). */
export function csvCell(value: unknown, arrayDelimiter: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(String).join(arrayDelimiter);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Streamed a thousand lines at a time: one string of a large graph's file would pass V8's string limit. */
async function writeFileCsv(
  file: string,
  header: string[],
  rows: (string | undefined)[][],
): Promise<string> {
  const quote = (value: string | undefined) =>
    value === undefined ? '' : `"${value.replaceAll('"', '""')}"`;
  const line = (row: (string | undefined)[]) => `${row.map(quote).join(',')}\n`;
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
export function importCommand(files: string[], arrayDelimiter: string, database = 'neo4j'): string {
  const nodes = files.filter((f) => /[/\\]nodes-[^/\\]+\.csv$/.test(f)).map((f) => `--nodes=${f}`);
  const rels = files
    .filter((f) => /[/\\]relationships-[^/\\]+\.csv$/.test(f))
    .map((f) => `--relationships=${f}`);
  // The database comes first: --nodes and --relationships take several values each.
  return [
    // Quoted: '|' and '^' mean something to a shell.
    `neo4j-admin database import full ${database} --multiline-fields=true --array-delimiter='${arrayDelimiter}'`,
    ...nodes,
    ...rels,
  ].join(' \\\n  ');
}
