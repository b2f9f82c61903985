/** One thing wrong with a dataset file: where (file, line, JSON path) and what. */
export interface Problem {
  file: string;
  /** JSONPath-style location, e.g. `$.events[3].participants[0].ref`. */
  path: string;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
}

export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    '$',
  );
}

export function formatProblem(problem: Problem): string {
  const at =
    problem.line === undefined
      ? problem.file
      : `${problem.file}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
  return `${at}: ${problem.path}: ${problem.message}`;
}
