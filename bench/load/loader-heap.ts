/**
 * `npm run bench:loader -- --sizes 1000,10000 --heaps 512m,1g,2g`: the seed loader alone, at each
 * size and each Neo4j heap, on a fresh Neo4j per heap: facts/s, the loader's peak RSS, and the
 * Neo4j heap it used (the old generation's peak, read over JMX). A heap too small shows as a
 * failed cell (Neo4j refuses the transaction at its memory limit): the smallest heap that works
 * is the first that passes. Prints a Markdown table; nothing here asserts a time.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Command } from 'commander';
import { streamReporter } from '../../src/log.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { benchEnv, startBenchNeo4j, stopBenchNeo4j, type BenchNeo4j } from '../lib/neo4j.js';
import { writeSynthetic } from '../synthetic/write.js';
import { runLoader } from './loader.js';

const options = new Command('bench-loader')
  .option('--sizes <list>', 'people per size, comma-separated', '1000,10000')
  .option('--heaps <list>', 'Neo4j heaps to try, comma-separated', '2g')
  .option('--page-cache <size>', 'Neo4j page cache', '512m')
  .option('--batch-size <rows>', 'the loader’s --batch-size')
  .option('--seed <n>', 'PRNG seed of the datasets', Number, 42)
  .parse()
  .opts<{ sizes: string; heaps: string; pageCache: string; batchSize?: string; seed: number }>();

const reporter = streamReporter(process.stderr);
const dataDir = join(PROJECT_ROOT, 'bench', 'data-loader');

/** The old generation's peak since Neo4j started, in MiB (what survived collections: live data). */
async function oldGenPeakMiB(bench: BenchNeo4j): Promise<number> {
  const { records } = await bench.driver.executeQuery(
    "CALL dbms.queryJmx('java.lang:type=MemoryPool,name=*Old Gen*') YIELD attributes RETURN attributes.PeakUsage.value.properties.used AS used",
    {},
    { database: bench.database },
  );
  return Number(records[0]?.get('used') ?? Number.NaN) / 2 ** 20;
}

/**
 * Evidence kept twice: the quotes copied onto relationships (evidenceQuotes, for Neo4j Browser)
 * against the quotes on the Evidence nodes they copy, in MiB of characters.
 */
async function quoteCopies(bench: BenchNeo4j): Promise<{ onRels: number; onNodes: number }> {
  const chars = async (query: string) => {
    const { records } = await bench.driver.executeQuery(query, {}, { database: bench.database });
    return Number(records[0]?.get('chars') ?? 0) / 2 ** 20;
  };
  return {
    onRels: await chars(
      'MATCH ()-[r]->() WHERE r.evidenceQuotes IS NOT NULL UNWIND r.evidenceQuotes AS q RETURN sum(size(q)) AS chars',
    ),
    onNodes: await chars('MATCH (e:Evidence) RETURN sum(size(e.quote)) AS chars'),
  };
}

const rows: string[] = [];
try {
  for (const heap of options.heaps.split(',')) {
    for (const people of options.sizes.split(',').map(Number)) {
      // A fresh Neo4j per cell: the heap's peak is this load's alone.
      const env = await benchEnv('bench-loader', { heap, pageCache: options.pageCache });
      reporter.info(`${people} people, heap ${heap}: starting Neo4j…`);
      const bench = await startBenchNeo4j(env, reporter);
      try {
        const file = await writeSynthetic(dataDir, {
          people,
          seed: options.seed,
          name: `synthetic-${people}`,
        });
        reporter.info(`${people} people, heap ${heap}: seeding…`);
        const run = await runLoader(file, bench.neo4j.coordinates, options.batchSize);
        const peak = await oldGenPeakMiB(bench);
        const quotes = await quoteCopies(bench);
        rows.push(
          `| ${people} | ${heap} | ok | ${run.facts} | ${Math.round(run.factsPerSecond)} | ${Math.round(run.factsPerSecondWriteOnly)} | ${Math.round(run.maxRssMiB)} | ${Math.round(peak)} | ${quotes.onRels.toFixed(1)} / ${quotes.onNodes.toFixed(1)} |`,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const code = /\[([A-Z0-9_]+)\]/.exec(message)?.[1] ?? 'failed';
        // Why it failed, for the reader of the run (Neo4j's memory limit, most often).
        reporter.info(message.slice(-1500));
        rows.push(`| ${people} | ${heap} | ${code} | | | | | | |`);
      } finally {
        await stopBenchNeo4j(bench, { remove: true });
      }
      reporter.info(rows.at(-1) ?? '');
    }
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
process.stdout.write(
  [
    '| people | Neo4j heap | result | facts | facts/s end to end | facts/s write | loader peak RSS (MiB) | Neo4j old gen peak (MiB) | quote MiB on relationships / on Evidence |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n') + '\n',
);
