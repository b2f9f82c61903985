import { join } from 'node:path';
import type { Neo4jCoordinates } from '../../src/neo4j/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { childEnv, runChild, type ChildRun } from '../../tests/support/spawn.js';

export type CliRun = ChildRun;

/** Runs the `testimony` command against a Neo4j as a user would, in a process of its own. */
export function runTestimony(
  args: string[],
  target: Neo4jCoordinates,
  nodeOptions: string[] = [],
  extraEnv: Record<string, string> = {},
): Promise<CliRun> {
  return runChild(
    process.execPath,
    [...nodeOptions, join(PROJECT_ROOT, 'bin/testimony.mjs'), ...args],
    {
      // The caller's settings (e.g. LOG_LEVEL) are honoured: bench runs in the developer's shell.
      env: childEnv({
        inherit: true,
        neo4j: target,
        set: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...extraEnv },
      }),
    },
  );
}
