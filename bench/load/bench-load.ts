import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvImportOptions } from '../../src/export/index.js';
import { countRows, prepareDatasets } from '../../src/loader/index.js';
import {
  adminImport,
  localLayout,
  prepareStoppedInstance,
} from '../../src/neo4j/provision/index.js';
import { silentReporter } from '../../src/log.js';
import { runTestimony } from '../lib/child.js';
import { benchEnv, clearGraph, type BenchNeo4j } from '../lib/neo4j.js';
import type { SizeResult } from '../report/schema.js';
import { factCounts, runLoader } from './loader.js';
import { runNaive } from './naive.js';

interface LoadOptions {
  people: number;
  quick: boolean;
  say: (message: string) => void;
}

/** The naive baseline runs only at the small sizes, and stops after this long (its rate so far is reported). */
const naiveBudgetMs = (quick: boolean, people: number) =>
  quick ? 3_000 : people <= 1000 ? 120_000 : 90_000;

/**
 * Load throughput at one size: the naive per-fact baseline (small sizes), the seed loader as users
 * run it, and neo4j-admin's offline import of the loaded graph's CSV export (the ceiling).
 * Leaves the graph loaded by the seed loader for the API benchmark.
 */
export async function benchLoad(
  bench: BenchNeo4j,
  file: string,
  { people, quick, say }: LoadOptions,
): Promise<Pick<SizeResult, 'loader' | 'naive' | 'adminImport' | 'adminImportError'>> {
  let naive: SizeResult['naive'];
  if (people <= 10_000) {
    say(`${people} people: naive baseline, one round trip per fact…`);
    const [graph] = await prepareDatasets([file]);
    if (!graph) throw new Error('no graph');
    naive = await runNaive(
      bench.driver,
      bench.database,
      graph,
      factCounts(countRows(graph)).facts,
      naiveBudgetMs(quick, people),
    );
    await clearGraph(bench);
  }
  say(`${people} people: the seed loader (testimony seed)…`);
  const loader = await runLoader(file, bench.neo4j.coordinates);
  say(`${people} people: export to CSV and neo4j-admin import…`);
  try {
    return {
      loader,
      ...(naive ? { naive } : {}),
      adminImport: await exportAndImport(bench, loader.facts),
    };
  } catch (error) {
    // The ceiling is a reference, not the subject: its failure is reported, and the run goes on.
    const message = error instanceof Error ? error.message : String(error);
    say(`${people} people: export/import failed: ${message.slice(0, 300)}`);
    return { loader, ...(naive ? { naive } : {}), adminImportError: message.slice(0, 2000) };
  }
}

async function exportAndImport(
  bench: BenchNeo4j,
  facts: number,
): Promise<SizeResult['adminImport']> {
  const dir = await mkdtemp(join(tmpdir(), 'testimony-bench-csv-'));
  const target = await benchEnv('bench-import', { heap: '2g', pageCache: '1g' });
  try {
    const exported = await runTestimony(
      ['export', '--format', 'csv', '--out', join(dir, 'csv')],
      bench.neo4j.coordinates,
    );
    if (exported.code !== 0)
      throw new Error(`export failed (exit ${exported.code}):\n${exported.stderr.slice(-2000)}`);
    // A new instance to import into, never started: the import is offline.
    await prepareStoppedInstance(target, silentReporter);
    const imported = await adminImport(
      target,
      join(dir, 'csv'),
      join(dir, 'import.report'),
      csvImportOptions(join(dir, 'csv')),
    );
    return {
      exportMs: exported.ms,
      importMs: imported.ms,
      factsPerSecond: facts / (imported.ms / 1000),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(localLayout(target).instance, { recursive: true, force: true });
  }
}
