import { z } from 'zod';

/**
 * The shape of bench/results/bench.json, in one place: the runner's types come from it and the
 * CI smoke test validates a --quick run's file against it.
 */
const ms = z.number().nonnegative();

export const loaderRunSchema = z.object({
  facts: z.number().int().positive(),
  elements: z.number().int().positive(),
  validateMs: ms,
  writeMs: ms,
  schemaMs: ms,
  wallMs: ms,
  factsPerSecond: z.number().positive(),
  factsPerSecondWriteOnly: z.number().positive(),
  maxRssMiB: z.number().positive(),
  /** Each write step's time and the commit's, from the loader's debug log. */
  phasesMs: z.record(z.string(), ms),
});

export const naiveRunSchema = z.object({
  writes: z.number().int().positive(),
  writesDone: z.number().int().positive(),
  ms,
  factsPerSecond: z.number().positive(),
  complete: z.boolean(),
});

export const importRunSchema = z.object({
  exportMs: ms,
  importMs: ms,
  factsPerSecond: z.number().positive(),
});

export const loadCellSchema = z.object({
  server: z.enum(['ours', 'peer', 'raw']),
  question: z.string(),
  concurrency: z.number().int().positive(),
  requests: z.number().int().nonnegative(),
  p50: ms,
  p95: ms,
  p99: ms,
  rps: z.number().nonnegative(),
  failures: z.number().int().nonnegative(),
});

export const pathRunSchema = z.object({
  pairs: z.number().int().positive(),
  maxHops: z.number().int().positive(),
  found: z.number().int().nonnegative(),
  meanLength: z.number().nonnegative(),
  p50: ms,
  p99: ms,
  max: ms,
});

export const profileSchema = z.object({
  size: z.number().int().positive(),
  question: z.string(),
  totalDbHits: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  operators: z.array(
    z.object({
      operator: z.string(),
      dbHits: z.number().int().nonnegative(),
      rows: z.number().int().nonnegative(),
      details: z.string(),
    }),
  ),
});

export const sizeResultSchema = z.object({
  people: z.number().int().positive(),
  datasetMiB: z.number().positive(),
  generateMs: ms,
  loader: loaderRunSchema,
  naive: naiveRunSchema.optional(),
  adminImport: importRunSchema.optional(),
  /** Why the export and import did not run to the end, when they did not. */
  adminImportError: z.string().optional(),
  api: z.array(loadCellSchema),
  paths: pathRunSchema,
});

export const benchResultsSchema = z.object({
  measuredAt: z.string(),
  quick: z.boolean(),
  machine: z.object({
    cpus: z.number().int().positive(),
    memoryGiB: z.number().positive(),
    node: z.string(),
    neo4j: z.string(),
    neo4jHeap: z.string(),
    neo4jPageCache: z.string(),
  }),
  seed: z.number().int(),
  cellSeconds: z.number().positive(),
  concurrency: z.array(z.number().int().positive()),
  questions: z.array(z.object({ name: z.string(), describe: z.string() })),
  coldStartMs: z.object({ ours: ms, peer: ms, raw: ms }),
  sizes: z.array(sizeResultSchema).min(1),
  profile: profileSchema.optional(),
});

export type LoaderRunResult = z.infer<typeof loaderRunSchema>;
export type SizeResult = z.infer<typeof sizeResultSchema>;
export type BenchResults = z.infer<typeof benchResultsSchema>;
