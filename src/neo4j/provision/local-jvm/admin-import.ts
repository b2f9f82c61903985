import { execa } from 'execa';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from '../../../config/index.js';
import { TestimonyError } from '../../../errors.js';
import { localLayout } from './layout.js';
import { findJava } from './prerequisites.js';

export interface AdminImportResult {
  ms: number;
  output: string;
}

/**
 * `neo4j-admin database import full` of a `testimony export --format csv` folder into the
 * (stopped) local instance `env` names, replacing its database. Used to check that the CSV export
 * round-trips and, in bench/, as the physical ceiling of load speed.
 */
export async function adminImport(
  env: Env,
  csvDir: string,
  reportFile: string,
  /** The export's own import options (e.g. its `--array-delimiter`), from src/export. */
  importOptions: readonly string[] = [],
  /** The importer JVM's own options (e.g. `-Xmx512m`); by default the JVM's default heap. */
  jvmOptions: readonly string[] = [],
): Promise<AdminImportResult> {
  const layout = localLayout(env);
  const files = readdirSync(csvDir).sort();
  const args = [
    ...jvmOptions,
    // The database comes first: --nodes takes several values and would swallow it.
    '-cp',
    join(layout.lib, '*'),
    'org.neo4j.server.startup.Neo4jAdminCommand',
    'database',
    'import',
    'full',
    env.NEO4J_DATABASE,
    '--overwrite-destination=true',
    ...importOptions,
    `--report-file=${reportFile}`,
    ...files.filter((f) => f.startsWith('nodes-')).map((f) => `--nodes=${join(csvDir, f)}`),
    ...files
      .filter((f) => f.startsWith('relationships-'))
      .map((f) => `--relationships=${join(csvDir, f)}`),
  ];
  const started = performance.now();
  const { exitCode, all: output } = await execa(findJava().path, args, {
    env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf },
    stdin: 'ignore',
    all: true,
    reject: false,
  });
  const code = exitCode ?? null;
  if (code !== 0)
    throw new TestimonyError(
      'IMPORT_FAILED',
      `neo4j-admin database import failed (exit ${code}):\n${output.slice(-3000)}`,
      { hint: 'Read the import report and the output above.' },
    );
  return { ms: performance.now() - started, output };
}
