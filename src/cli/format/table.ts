import Table from 'cli-table3';
import pc from 'picocolors';

/**
 * A readable table; colour only when the output is a terminal (never in pipes or files). With
 * `widths`, each column has that width and longer text wraps at word boundaries.
 */
export function table(head: string[], rows: string[][], color: boolean, widths?: number[]): string {
  const t = new Table({
    head: head.map((h) => (color ? pc.bold(pc.cyan(h)) : h)),
    style: { head: [], border: color ? ['grey'] : [] },
    wordWrap: true,
    ...(widths ? { colWidths: widths } : {}),
  });
  for (const row of rows) t.push(row);
  return `${t.toString()}\n`;
}
