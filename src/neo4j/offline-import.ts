import type { Env } from '../config/index.js';
import { TestimonyError } from '../errors.js';
import type { Reporter } from '../log.js';
import { readCypher } from './cypher-file.js';
import { createDriver } from './driver.js';
import { adminImport, startLocalJvm } from './provision/index.js';
import { applySchema } from './schema.js';

export interface OfflineImportOptions {
  reporter: Reporter;
  signal?: AbortSignal;
  /** A folder of CSV files in neo4j-admin's form (src/export/csv.ts), and their import options. */
  csvDir: string;
  importOptions: readonly string[];
  /** Where neo4j-admin writes its report of bad rows. */
  reportFile: string;
  /** Entity properties to set after the import: empty lists, which CSV cannot carry. */
  emptyLists: readonly { id: string; props: Record<string, unknown[]> }[];
}

const EMPTY_LISTS = readCypher('load/offline-empty-lists.cypher');
/** Rows per transaction of the empty-list pass: each a small, bounded write. */
const BATCH = 10_000;

export interface OfflineImportResult {
  importMs: number;
  schemaMs: number;
}

/**
 * `neo4j-admin database import full` into the local instance `env` names (the one `npm start`
 * runs), for `seed --offline`. The importer replaces the database's files, so:
 *  - only the local server Testimony provisions (the caller refuses NEO4J_URI);
 *  - only when no server runs on it: one that `npm start` runs serves readers, and is not ours to
 *    stop; the user stops it first;
 *  - only into an empty database: this starts the server to ask it (an empty database still has
 *    store files, so only the server can say that it holds no node), stops it, imports, starts it
 *    again to apply the schema (constraints, indexes, full-text), and stops it.
 * Every refusal comes before the import, and leaves the database as it was.
 */
export async function importIntoEmptyLocal(
  env: Env,
  options: OfflineImportOptions,
): Promise<OfflineImportResult> {
  const { reporter, signal } = options;
  await checkStoppedAndEmpty(env, reporter, signal);
  reporter.info('Importing with neo4j-admin database import full…');
  const { ms: importMs } = await adminImport(
    env,
    options.csvDir,
    options.reportFile,
    options.importOptions,
  );
  const schemaStarted = performance.now();
  const neo4j = await startLocalJvm(env, reporter, signal);
  const driver = createDriver(neo4j.coordinates);
  try {
    reporter.info('Creating the schema (constraints, indexes, full-text)…');
    await applySchema(driver, neo4j.coordinates.database);
    for (let at = 0; at < options.emptyLists.length; at += BATCH)
      await driver.executeQuery(
        EMPTY_LISTS,
        { rows: options.emptyLists.slice(at, at + BATCH) },
        { database: neo4j.coordinates.database },
      );
  } finally {
    await driver.close();
    await neo4j.stop();
  }
  return { importMs, schemaMs: Math.round(performance.now() - schemaStarted) };
}

async function checkStoppedAndEmpty(env: Env, reporter: Reporter, signal?: AbortSignal) {
  const neo4j = await startLocalJvm(env, reporter, signal);
  if (!neo4j.owned)
    throw new TestimonyError(
      'SEED_OFFLINE_SERVER_RUNNING',
      `A Neo4j already runs on the local instance "${env.TESTIMONY_NEO4J_INSTANCE}" (Bolt port ${env.TESTIMONY_NEO4J_BOLT_PORT}); seed --offline replaces the database's files and needs it stopped. Nothing was written.`,
      {
        hint: 'Stop `npm start` (Ctrl-C) and run the offline seed again, or seed online (testimony seed without --offline) while it runs.',
      },
    );
  const driver = createDriver(neo4j.coordinates);
  try {
    const { records } = await driver.executeQuery(
      'MATCH (n) RETURN count(n) > 0 AS held',
      {},
      { database: neo4j.coordinates.database },
    );
    if (records[0]?.get('held') === true)
      throw new TestimonyError(
        'SEED_OFFLINE_NOT_EMPTY',
        `The database ${neo4j.coordinates.database} of the local instance "${env.TESTIMONY_NEO4J_INSTANCE}" is not empty; seed --offline loads only into an empty database. Nothing was written.`,
        {
          hint: 'Use the online seed (testimony seed without --offline): it adds to and replaces what the graph holds, dataset by dataset.',
        },
      );
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}
