import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from '../config/index.js';
import { TestimonyError } from '../errors.js';
import type { Reporter } from '../log.js';
import { readCypher } from './cypher-file.js';
import { createDriver } from './driver.js';
import {
  adminImport,
  isPortOpen,
  localLayout,
  prepareStoppedInstance,
  startLocalJvm,
} from './provision/index.js';
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
const HELD = readCypher('load/offline-empty-check.cypher');
/** Rows per transaction of the empty-list pass: each a small, bounded write. */
const BATCH = 10_000;

export interface OfflineImportResult {
  importMs: number;
  schemaMs: number;
}

const HOST = '127.0.0.1';

const serverRunning = (env: Env, port: number) =>
  new TestimonyError(
    'SEED_OFFLINE_SERVER_RUNNING',
    `Something already listens on port ${port} of the local instance "${env.TESTIMONY_NEO4J_INSTANCE}" (a running Neo4j, most likely \`npm start\`); seed --offline replaces the database's files and needs its server stopped. Nothing was written.`,
    {
      hint: 'Stop `npm start` (Ctrl-C) and run the offline seed again, or seed online (testimony seed without --offline) while it runs.',
    },
  );

/**
 * `neo4j-admin database import full` into the local instance `env` names (the one `npm start`
 * runs), for `seed --offline`. The importer replaces the database's files, so:
 *  - only the local server Testimony provisions (the caller refuses NEO4J_URI);
 *  - only when no server runs on it: one that `npm start` runs serves readers, and is not ours to
 *    stop; the user stops it first;
 *  - only into an empty database: a database never started has no store and is empty; one that
 *    has a store may still be empty (a server started, nothing seeded), and only the server can
 *    say so, so it is started to ask, and stopped. Then the import, and a start to apply the
 *    schema (constraints, indexes, full-text) and the empty lists CSV cannot carry, and a stop.
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
    // The importer gets the heap the server would (TESTIMONY_NEO4J_HEAP), not the JVM's default
    // of a quarter of the machine's memory: one setting bounds both.
    [`-Xmx${env.TESTIMONY_NEO4J_HEAP}`],
  ).catch((error: unknown) => {
    throw importerOutOfMemory(env, error) ?? error;
  });
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
  const ports = [env.TESTIMONY_NEO4J_BOLT_PORT, env.TESTIMONY_NEO4J_HTTP_PORT];
  for (const port of ports) if (await isPortOpen(HOST, port)) throw serverRunning(env, port);
  // A database never started has no store: it is empty, and no server start is needed to say so.
  if (!existsSync(join(localLayout(env).data, 'databases', env.NEO4J_DATABASE))) {
    await prepareStoppedInstance(env, reporter);
    return;
  }
  const neo4j = await startLocalJvm(env, reporter, signal);
  if (!neo4j.owned) throw serverRunning(env, env.TESTIMONY_NEO4J_BOLT_PORT);
  const driver = createDriver(neo4j.coordinates);
  try {
    const { records } = await driver.executeQuery(
      HELD,
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

/** The importer ran out of its heap: say which setting gives it more. */
function importerOutOfMemory(env: Env, error: unknown): TestimonyError | undefined {
  if (!(error instanceof TestimonyError) || !error.message.includes('OutOfMemoryError')) return;
  return new TestimonyError(
    'IMPORT_FAILED',
    `neo4j-admin database import ran out of its heap (TESTIMONY_NEO4J_HEAP=${env.TESTIMONY_NEO4J_HEAP}). The database was empty before the import.`,
    {
      hint: 'Give it more: TESTIMONY_NEO4J_HEAP=512m (256m is enough for 10k synthetic people), then run the offline seed again.',
      cause: error,
    },
  );
}
