import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Env } from '../config/index.js';
import {
  checkDataset,
  type CheckedDataset,
  compileDataset,
  DEFAULT_SOURCE_POLICY,
  type ExternalReference,
  type GraphRows,
  lookAlikeWarnings,
  parseDatasetFile,
  pendingReviewProblems,
  type Problem,
  type SourcePolicy,
} from '../dataset/index.js';
import { TestimonyError } from '../errors.js';
import type { Reporter } from '../log.js';
import { PATHS, PROJECT_ROOT } from '../paths.js';
import { applySchema, classifyDriverError, readCypher } from '../neo4j/index.js';
import { resolveInGraph, type RunGraph } from './graph-references.js';
import { loadGraphs } from './load.js';
import { refuseIfSeeding } from './lock.js';
import { planSeed, type DatasetPlan } from './plan.js';
import type { LoadProgress } from './progress.js';
import { datasetInvalid, unresolvedInRun } from './references.js';
import { countRows, type DatasetCounts } from './summary.js';

export const SEED_DIR = PATHS.seed;

/** The datasets that ship with Testimony: every .yaml/.json file in seed/. */
export function bundledDatasets(): string[] {
  return readdirSync(SEED_DIR)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => join(SEED_DIR, name));
}

export interface PrepareOptions {
  /** Which source files datasets may read (default: each dataset's own folder, 10 MB). */
  sources?: SourcePolicy;
  /** Where warnings go (names that look alike): they do not stop the seed. Default: stderr. */
  warn?: (message: string) => void;
  /**
   * Accept the items a tool proposed that are still `review: pending` (`--accept-pending`);
   * by default each one is a problem and nothing is written.
   */
  acceptPending?: boolean;
}

/**
 * The source policy the environment sets (TESTIMONY_SOURCES_ROOT, TESTIMONY_SOURCE_MAX_MB); the
 * local Neo4j's home (resolved as provision's layout does) is never a source.
 */
export function sourcePolicyOf(
  env: Pick<Env, 'TESTIMONY_SOURCES_ROOT' | 'TESTIMONY_SOURCE_MAX_MB' | 'TESTIMONY_NEO4J_HOME'>,
): SourcePolicy {
  return {
    root: env.TESTIMONY_SOURCES_ROOT,
    maxBytes: env.TESTIMONY_SOURCE_MAX_MB * 1024 * 1024,
    forbidden: [resolve(PROJECT_ROOT, env.TESTIMONY_NEO4J_HOME)],
  };
}

/** A dataset ready to seed, with its references that no file of the run defines. */
export interface PreparedGraph extends GraphRows {
  /** Looked up in the graph by seed(), before it writes (see graph-references.ts). */
  external: ExternalReference[];
}

/** What validating a run's files found, without a database. */
export interface CheckedRun {
  /** The valid files, compiled. */
  graphs: PreparedGraph[];
  /** Every problem of every file. */
  problems: Problem[];
  /** Every file's references (invalid files' too) that no file of the run defines. */
  unresolved: ExternalReference[];
}

/**
 * Parses, validates and compiles every file, and resolves the references across them; needs no
 * database. A reference that no file of the run defines is left for the graph, not a problem.
 */
export async function checkDatasets(
  files: string[],
  options: PrepareOptions = {},
): Promise<CheckedRun> {
  const problems: Problem[] = [];
  const checked: CheckedDataset[] = [];
  for (const file of files.map((f) => resolve(f))) {
    const parsed = await parseDatasetFile(file);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      continue;
    }
    const result = await checkDataset(parsed, options.sources ?? DEFAULT_SOURCE_POLICY);
    problems.push(...result.problems);
    if (!options.acceptPending) problems.push(...(await pendingReviewProblems(parsed)));
    checked.push(result);
  }
  const unresolved = unresolvedInRun(checked);
  const valids = checked.flatMap((result, index) =>
    result.valid ? [{ valid: result.valid, external: unresolved[index] ?? [] }] : [],
  );
  const warn = options.warn ?? ((message: string) => process.stderr.write(`${message}\n`));
  for (const warning of lookAlikeWarnings(valids.map(({ valid }) => valid)))
    warn(`Warning: ${warning}`);
  const graphs = valids.map(({ valid, external }) => ({ ...compileDataset(valid), external }));
  const seen = new Map<string, number>();
  graphs.forEach((graph, index) => {
    if (seen.has(graph.dataset))
      problems.push({
        file: valids[index]?.valid.file ?? '',
        path: '$.dataset',
        message: `dataset name ${graph.dataset} is used by two files`,
      });
    seen.set(graph.dataset, index);
  });
  return { graphs, problems, unresolved: unresolved.flat() };
}

/**
 * checkDatasets, refusing the run when any file has a problem: nothing needs a database yet.
 * The references left for the graph are resolved by seed(), before it writes.
 */
export async function prepareDatasets(
  files: string[],
  options: PrepareOptions = {},
): Promise<PreparedGraph[]> {
  const run = await checkDatasets(files, options);
  if (run.problems.length > 0) throw datasetInvalid(run.problems, run.unresolved);
  return run.graphs;
}

export interface SeedResult {
  datasets: DatasetCounts[];
  statements: number;
  ms: number;
  /** Of `ms`, the time spent applying the schema and waiting for its indexes (mostly on a new database). */
  schemaMs?: number;
  plans?: DatasetPlan[];
}

export interface SeedOptions {
  database: string;
  reporter: Reporter;
  dryRun?: boolean;
  batchSize?: number | undefined;
  progress?: LoadProgress | undefined;
  /** Refuse (SEED_LOCKED) instead of waiting when another seed is writing (`--no-wait`). */
  noWait?: boolean | undefined;
}

/**
 * Looks up the references that no file of the run defines in the graph, applies the schema,
 * then writes all prepared datasets in one transaction (or, for a dry run, only reads what would
 * change). Validation comes first, in prepareDatasets, so that a bad file never needs a database
 * at all.
 */
export async function seed(
  driver: Driver,
  graphs: RunGraph[],
  options: SeedOptions,
): Promise<SeedResult> {
  const started = Date.now();
  // References no file of the run defines must be in the graph: checked before any write.
  await resolveInGraph(driver, options.database, graphs);
  const datasets = graphs.map(countRows);
  if (options.dryRun) {
    const plans = await Promise.all(
      graphs.map((graph) => planSeed(driver, options.database, graph)),
    );
    return { datasets, statements: 0, ms: Date.now() - started, plans };
  }
  if (options.noWait) await refuseIfSeeding(driver, options.database);
  await applySchema(driver, options.database);
  const schemaMs = Date.now() - started;
  try {
    const result = await loadGraphs(driver, graphs, options);
    return { datasets, statements: result.statements, ms: Date.now() - started, schemaMs };
  } catch (error) {
    if (error instanceof TestimonyError) throw error;
    if (classifyDriverError(error)?.code === 'NEO4J_OUT_OF_MEMORY') throw tooLarge(graphs, error);
    throw new TestimonyError(
      'SEED_FAILED',
      `The seed failed and was rolled back; the graph is as it was. ${error instanceof Error ? error.message.split('\n')[0] : ''}`,
      {
        hint: 'Run again with LOG_LEVEL=debug for details.',
        cause: error,
      },
    );
  }
}

const DATASETS = readCypher('load/datasets.cypher');

/** A dataset with nothing in it: seeding it releases everything the dataset held. */
const emptyGraph = (dataset: string): GraphRows => ({
  dataset,
  nodes: [],
  evidence: [],
  relationships: [],
});

/**
 * `seed --remove`: releases everything only these datasets held and takes their values off
 * shared nodes, in one transaction, as if they had never been seeded. Refused (nothing written)
 * for a dataset the graph does not hold, and when another dataset refers to what would go.
 */
export async function removeDatasets(
  driver: Driver,
  names: string[],
  options: SeedOptions,
): Promise<SeedResult> {
  const { records } = await driver.executeQuery(DATASETS, {}, { database: options.database });
  const held = records.map((r) => String(r.get('dataset')));
  const unknown = names.filter((name) => !held.includes(name));
  if (unknown.length > 0)
    throw new TestimonyError(
      'NOT_FOUND',
      `The graph holds no dataset named ${unknown.join(', ')}; it holds ${held.length > 0 ? held.join(', ') : 'none'}.`,
      { hint: "Give the name from the dataset file's `dataset:` field." },
    );
  return seed(driver, [...new Set(names)].map(emptyGraph), options);
}

/**
 * Neo4j stopped the seed's one transaction at its memory limit (and rolled it back) instead of
 * running its heap out: say which datasets did not fit, and the ways to make them fit.
 */
function tooLarge(graphs: GraphRows[], error: unknown): TestimonyError {
  const names = graphs.map((graph) => graph.dataset).join(', ');
  // Neo4j's first line names the limit it reached and by how much; later lines are never shown.
  const neo4jSays = error instanceof Error ? ` (Neo4j: ${error.message.split('\n')[0]})` : '';
  return new TestimonyError(
    'NEO4J_OUT_OF_MEMORY',
    `The seed of ${names} does not fit in Neo4j's transaction memory${neo4jSays}. It was rolled back; the graph is as it was.`,
    {
      hint: [
        'The datasets of one seed are written in one transaction, which must fit in memory.',
        'Give the local Neo4j more heap (TESTIMONY_NEO4J_HEAP, e.g. 2g: one transaction may use half of it, or set TESTIMONY_NEO4J_TX_MEMORY); on another server raise server.memory.heap.max_size and db.memory.transaction.max.',
        'Or seed the files one at a time, or split a large dataset into smaller ones.',
        'A smaller --batch-size (e.g. 1000) lowers what each statement needs, which helps only near the limit.',
      ].join(' '),
      cause: error,
    },
  );
}
