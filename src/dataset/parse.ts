import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { findJsonSyntaxError, locateJsonPaths, type Location } from './json-scan.js';
import { jsonPath, type Problem } from './problems.js';

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
 * JSON parses with JSON.parse, and its text is not kept: at 100k people a dataset is 100 MB, and
 * YAML's document model of it (which knows every value's line) took over 4 GB. Lines are only
 * needed to report problems, so they are found then, by streaming the file once (json-scan.ts).
 * As in JavaScript, a key repeated in a JSON object keeps its last value.
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
        message: `syntax error: ${message}`,
      },
    ];
  }
  return {
    file,
    data,
    locate: (paths) =>
      locateJsonPaths(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), paths),
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
    locate: (paths) => Promise.resolve(paths.map((path) => locate(doc, lineCounter, path))),
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
