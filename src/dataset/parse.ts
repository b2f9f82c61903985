import { extname } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { jsonSyntaxProblem } from './json-syntax.js';
import { jsonPath, type Problem } from './problems.js';
import { readRegularText } from './read-text.js';

/** A dataset file read and parsed, with what it takes to point at a line for any JSON path. */
export interface ParsedFile {
  file: string;
  data: unknown;
  /** The line and column of the value at a path (or of its nearest existing parent). */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

const FORMATS: Record<string, 'json' | 'yaml'> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

/**
 * A `.json` file as JSON, a `.yaml`/`.yml` file as YAML, with syntax errors given by line and
 * column. The file must be a regular file in UTF-8 (see read-text.ts).
 */
export async function parseDatasetFile(file: string): Promise<ParsedFile | Problem[]> {
  const format = FORMATS[extname(file).toLowerCase()];
  if (format === undefined)
    return [
      {
        file,
        path: '$',
        message: `cannot read the dataset: a dataset file ends in .yaml, .yml or .json, not "${extname(file)}"; rename it`,
      },
    ];
  const read = await readRegularText(file);
  if ('refused' in read)
    return [{ file, path: '$', message: `cannot read the dataset: ${read.refused}` }];
  return format === 'json' ? parseJsonText(file, read.text) : parseDatasetText(file, read.text);
}

/**
 * JSON parses with JSON.parse: at 100k people a dataset is 100 MB, and building YAML's document
 * model of it (which knows every value's line) takes gigabytes. Lines are only needed to report a
 * problem, so the document model is built then, once. Invalid JSON is a JSON syntax error (never
 * parsed as YAML, which would accept much that is not JSON). As in JavaScript, a key repeated in a
 * JSON object keeps its last value.
 */
function parseJsonText(file: string, text: string): ParsedFile | Problem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [jsonSyntaxProblem(file, text, error)];
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

// yaml's guard against alias bombs: this many alias expansions at most.
const MAX_ALIAS_COUNT = 1000;

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
  const data = toData(file, doc);
  if (Array.isArray(data)) return data;
  return { file, data: data.value, locate: (path) => locate(doc, lineCounter, path) };
}

/** The document as plain data; an alias bomb (aliases of aliases, exponential) is a problem. */
function toData(file: string, doc: Document): { value: unknown } | Problem[] {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown };
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    return [
      {
        file,
        path: '$',
        message: `too many YAML alias expansions (over ${MAX_ALIAS_COUNT}; a file that expands exponentially is refused): write the repeated values out, or use fewer aliases`,
      },
    ];
  }
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
