import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestimonyError } from '../errors.js';
import type { ExportedGraph } from './graph.js';

/**
 * neo4j-admin import splits list cells on one character (`--array-delimiter`, default `;`) and
 * has no escape for it. So an export picks the first of these that occurs in no list item and no
 * label; an alias such as "Jeff; the Senator" then moves the delimiter to `|`, instead of coming
 * back as two aliases. All printable ASCII, so the printed import command pastes into a shell.
 */
export const ARRAY_DELIMITER_CANDIDATES = [';', '|', '^', '~'] as const;

interface Occurrence {
  entity: string;
  field: string;
}

export function chooseArrayDelimiter(graph: ExportedGraph): string {
  const first = new Map<string, Occurrence>();
  for (const [entity, field, text] of arrayTexts(graph))
    for (const candidate of ARRAY_DELIMITER_CANDIDATES)
      if (!first.has(candidate) && text.includes(candidate))
        first.set(candidate, { entity, field });
  const free = ARRAY_DELIMITER_CANDIDATES.find((candidate) => !first.has(candidate));
  if (free) return free;
  const where = [...first].map(([c, at]) => `'${c}' in ${at.entity} ${at.field}`).join(', ');
  throw new TestimonyError(
    'EXPORT_UNSUPPORTED',
    `No CSV array delimiter is safe: every candidate occurs in a list value (${where}).`,
    {
      hint: 'Export as JSON or GraphML (lists are kept whole there), or edit one of those values.',
    },
  );
}

/** Every label and list item of the graph, with the entity and field it belongs to. */
function* arrayTexts(graph: ExportedGraph): Generator<[string, string, string]> {
  for (const node of graph.nodes) {
    for (const label of node.labels) yield [node.id, ':LABEL', label];
    yield* listItems(node.id, node.properties);
  }
  for (const rel of graph.relationships)
    yield* listItems(`${rel.start} -${rel.type}-> ${rel.end}`, rel.properties);
}

function* listItems(
  entity: string,
  properties: Record<string, unknown>,
): Generator<[string, string, string]> {
  for (const [field, value] of Object.entries(properties))
    if (Array.isArray(value)) for (const item of value) yield [entity, field, String(item)];
}

/**
 * The export records its delimiter beside the CSV files, so that whatever imports the folder
 * (admin-import.ts, a person with the printed command) splits lists the same way.
 */
const MANIFEST = 'import-options.json';

export function manifestFile(dir: string): string {
  return join(dir, MANIFEST);
}

export function manifestText(arrayDelimiter: string): string {
  return `${JSON.stringify({ arrayDelimiter }, null, 2)}\n`;
}

/** The neo4j-admin options a CSV export folder needs; `;` (the importer's default) for older exports. */
export function csvImportOptions(dir: string): string[] {
  // No manifest: a folder written before the delimiter was chosen, with the importer's default.
  const manifest = existsSync(manifestFile(dir))
    ? (JSON.parse(readFileSync(manifestFile(dir), 'utf8')) as { arrayDelimiter?: unknown })
    : {};
  const arrayDelimiter =
    typeof manifest.arrayDelimiter === 'string' ? manifest.arrayDelimiter : ';';
  return ['--multiline-fields=true', `--array-delimiter=${arrayDelimiter}`];
}
