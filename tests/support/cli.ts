import type { ResultPromise } from 'execa';
import type { Neo4jCoordinates } from '../../src/neo4j/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { childEnv, spawnChild, type ChildRun } from './spawn.js';

export type CliRun = ChildRun;

/**
 * Runs `testimony <args>` as a new user would (a child process, its own environment), through
 * node with the tsx loader so that PATH can be stripped of java or mvn without losing node.
 * `env` replaces the environment entirely; callers start from baseEnv().
 */
export async function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { timeoutMs?: number; onStdout?: (text: string) => void; bin?: boolean } = {},
): Promise<CliRun> {
  // bin: through bin/testimony.mjs, exactly what `npx testimony` runs.
  const entry = options.bin ? ['bin/testimony.mjs'] : ['--import', 'tsx', 'src/cli/index.ts'];
  const child = spawnChild(process.execPath, [...entry, ...args], {
    cwd: PROJECT_ROOT,
    env,
    timeoutMs: options.timeoutMs ?? 60_000,
    ...(options.onStdout ? { onStdout: options.onStdout } : {}),
  });
  runningChildren.add(child.process);
  try {
    return await child.result;
  } finally {
    runningChildren.delete(child.process);
  }
}

const runningChildren = new Set<ResultPromise>();

/** Sends a signal to every CLI child still running (e.g. Ctrl-C to a `start`). */
export function signalChildren(signal: NodeJS.Signals): void {
  for (const child of runningChildren) child.kill(signal);
}

/** The environment of a user with nothing Testimony-specific set (plus `extra`). */
export function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return childEnv({ set: extra });
}

/** That user's environment, pointed at a Neo4j by NEO4J_URI and its credentials. */
export function neo4jEnv(
  target: Neo4jCoordinates,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return childEnv({ neo4j: target, set: extra });
}

export { freePort } from '../../src/neo4j/provision/index.js';
