import { readFile } from 'node:fs/promises';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { jsonPath, type Problem } from './problems.js';

/** A dataset file read and parsed, with what it takes to point at a line for any JSON path. */
export interface ParsedFile {
  file: string;
  data: unknown;
  /** The line and column of the value at a path (or of its nearest existing parent). */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

/** YAML or JSON (JSON is YAML), with syntax errors given by line and column. */
export async function parseDatasetFile(file: string): Promise<ParsedFile | Problem[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    return [{ file, path: '$', message: `cannot read the dataset: ${reason}` }];
  }
  return file.endsWith('.json') ? parseJsonText(file, text) : parseDatasetText(file, text);
}

/**
 * JSON parses with JSON.parse: at 100k people a dataset is 100 MB, and building YAML's document
 * model of it (which knows every value's line) takes gigabytes. Lines are only needed to report a
 * problem, so the document model is built then, once. Invalid JSON goes the YAML way, which says
 * where the syntax breaks. As in JavaScript, a key repeated in a JSON object keeps its last value.
 */
function parseJsonText(file: string, text: string): ParsedFile | Problem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return parseDatasetText(file, text);
  }
  let located: ParsedFile | Problem[] | undefined;
  return {
    file,
    data,
    locate: (path) => {
      located ??= parseDatasetText(file, text);
      // Valid JSON with a repeated key is refused by YAML: then the problem is reported without a line.
      return Array.isArray(located) ? undefined : located.locate(path);
    },
  };
}

export function parseDatasetText(file: string, text: string): ParsedFile | Problem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      file,
      path: '$',
      line: error.linePos?.[0].line,
      column: error.linePos?.[0].col,
      message: `syntax error: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
    }));
  }
  return {
    file,
    data: doc.toJS({ maxAliasCount: 1000 }) as unknown,
    locate: (path) => locate(doc, lineCounter, path),
  };
}

function locate(doc: Document, lines: LineCounter, path: readonly PropertyKey[]) {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node: unknown = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return undefined;
}

export function problemAt(
  parsed: ParsedFile,
  path: readonly PropertyKey[],
  message: string,
): Problem {
  const where = parsed.locate(path);
  return {
    file: parsed.file,
    path: jsonPath(path),
    line: where?.line,
    column: where?.column,
    message,
  };
}
