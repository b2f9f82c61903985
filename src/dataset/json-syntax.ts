import type { Problem } from './problems.js';

/**
 * A JSON.parse error as a problem with its line and column. V8 gives the position of most
 * errors ("… in JSON at position 25"); for an unexpected token it shows instead the text around
 * it (ten characters either side, "…" where cut), which is found again in the file; a text that
 * ends too soon is reported at its end.
 */
export function jsonSyntaxProblem(file: string, text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const at = positionOf(message, text);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const what = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, (\.\.\.)?".*$/s, '');
  return { file, path: '$', line, column, message: `JSON syntax error: ${what}` };
}

function positionOf(message: string, text: string): number {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  const shown = /^Unexpected token '(.)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(
    message,
  );
  if (!shown) return text.length;
  const [, token = '', cutBefore, context = '', cutAfter] = shown;
  const start = cutBefore ? text.indexOf(context) : 0;
  if (start === -1) return text.length;
  if (cutBefore) return start + 10;
  return cutAfter ? Math.max(context.length - 11, 0) : Math.max(context.lastIndexOf(token), 0);
}
