import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import {
  findJsonSyntaxError,
  JsonSyntaxError,
  locateJsonPaths,
  type Location,
} from './json-scan.js';
import { jsonPath, type Problem } from './problems.js';
import { readRegularText } from './read-text.js';

type Paths = readonly (readonly PropertyKey[])[];

/** A dataset file read and parsed, with what it takes to point at a line for any JSON path. */
export interface ParsedFile {
  file: string;
  data: unknown;
  /**
   * The line and column of the value at each path (or of its nearest existing parent), all
   * found together: for a JSON file that is one streaming pass over the file.
   */
  locate(paths: Paths): Promise<(Location | undefined)[]>;
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
 * JSON parses with JSON.parse, and its text is not kept: at 100k people a dataset is 100 MB, and
 * YAML's document model of it (which knows every value's line) took over 4 GB. Lines are only
 * needed to report problems, so they are found then, by streaming the file once (json-scan.ts).
 * Invalid JSON is a JSON syntax error (never parsed as YAML, which would accept much that is
 * not JSON). As in JavaScript, a key repeated in a JSON object keeps its last value.
 */
function parseJsonText(file: string, text: string): ParsedFile | Problem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const message = found?.message ?? (error as Error).message;
    return [
      {
        file,
        path: '$',
        line: found?.line,
        column: found?.column,
        message: `JSON syntax error: ${message}`,
      },
    ];
  }
  return {
    file,
    data,
    locate: (paths) => locateInJsonFile(file, paths),
  };
}

/**
 * The file is read again to find lines; if it no longer parses (edited since), the problems are
 * still reported, only without lines: a problem list must never turn into a crash.
 */
async function locateInJsonFile(file: string, paths: Paths): Promise<(Location | undefined)[]> {
  try {
    const chunks = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
    return await locateJsonPaths(chunks, paths);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return paths.map(() => undefined);
    throw error;
  }
}

/**
 * A dataset already in memory, e.g. one a tool is about to write (testimony draft checks its
 * draft before writing it): its problems are located by JSON path, without lines.
 */
export function parsedFromData(file: string, data: unknown): ParsedFile {
  return { file, data, locate: (paths) => Promise.resolve(paths.map(() => undefined)) };
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
  return {
    file,
    data: data.value,
    locate: (paths) => Promise.resolve(paths.map((path) => locate(doc, lineCounter, path))),
  };
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

/**
 * The path of each problem made by problemAt, until locateProblems gives it a line. Problems are
 * located together at the end because, for a large JSON file, each lookup is a pass over the file.
 */
const pathOf = new WeakMap<Problem, readonly PropertyKey[]>();

/** A problem at a path; its line and column are added by locateProblems. */
export function problemAt(
  parsed: ParsedFile,
  path: readonly PropertyKey[],
  message: string,
): Problem {
  const problem: Problem = { file: parsed.file, path: jsonPath(path), message };
  pathOf.set(problem, path);
  return problem;
}

/** The problems with the line and column of those made by problemAt, found in one pass. */
export async function locateProblems(parsed: ParsedFile, problems: Problem[]): Promise<Problem[]> {
  const paths = problems.map((problem) => pathOf.get(problem));
  const wanted = paths.filter((path) => path !== undefined);
  const found = wanted.length > 0 ? await parsed.locate(wanted) : [];
  let next = 0;
  return problems.map((problem, index) => {
    if (paths[index] === undefined) return problem;
    const where = found[next++];
    return { ...problem, line: where?.line, column: where?.column };
  });
}
