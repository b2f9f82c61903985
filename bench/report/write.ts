import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { latencyChart } from './chart.js';
import { markdownReport } from './markdown.js';
import { benchResultsSchema, type BenchResults } from './schema.js';

/** bench.json (checked against its schema first), bench.md and bench-latency.svg in `dir`. */
export async function writeReport(dir: string, results: BenchResults): Promise<void> {
  const checked = benchResultsSchema.parse(results);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'bench.json'), `${JSON.stringify(checked, null, 2)}\n`);
  await writeFile(join(dir, 'bench-latency.svg'), await latencyChart(checked));
  const markdown = markdownReport(checked);
  await writeFile(join(dir, 'bench.md'), markdown);
  process.stdout.write(markdown);
}
