import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.js';

/** Writes a benchmark's results as bench/results/<name>.json and .md, and prints the table. */
export async function writeResults(name: string, summary: unknown, table: string): Promise<void> {
  const out = join(PROJECT_ROOT, 'bench', 'results');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, `${name}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  await writeFile(join(out, `${name}.md`), table);
  console.log(table);
}
