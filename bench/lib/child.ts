import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Neo4jCoordinates } from '../../src/neo4j/driver.js';
import { PROJECT_ROOT } from '../../src/paths.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the `testimony` command against a Neo4j as a user would, in a process of its own. */
export async function runTestimony(
  args: string[],
  target: Neo4jCoordinates,
  nodeOptions: string[] = [],
  extraEnv: Record<string, string> = {},
): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...nodeOptions, join(PROJECT_ROOT, 'bin/testimony.mjs'), ...args],
    {
      env: {
        ...process.env,
        NEO4J_URI: target.uri,
        NEO4J_USERNAME: target.username,
        NEO4J_PASSWORD: target.password,
        NEO4J_DATABASE: target.database,
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr, ms: performance.now() - started };
}
