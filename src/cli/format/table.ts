import Table from 'cli-table3';
import pc from 'picocolors';

/** A readable table; colour only when the output is a terminal (never in pipes or files). */
export function table(head: string[], rows: string[][], color: boolean): string {
  const t = new Table({
    head: head.map((h) => (color ? pc.bold(pc.cyan(h)) : h)),
    style: { head: [], border: color ? ['grey'] : [] },
    wordWrap: true,
  });
  for (const row of rows) t.push(row);
  return `${t.toString()}\n`;
}
