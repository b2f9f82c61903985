import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/paths.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs `testimony <args>` as a new user would (a child process, its own environment), through
 * node with the tsx loader so that PATH can be stripped of java or mvn without losing node.
 * `env` replaces the environment entirely; callers start from baseEnv().
 */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { timeoutMs?: number; onStdout?: (text: string) => void; bin?: boolean } = {},
): Promise<CliRun> {
  const started = Date.now();
  // bin: through bin/testimony.mjs, exactly what `npx testimony` runs.
  const entry = options.bin ? ['bin/testimony.mjs'] : ['--import', 'tsx', 'src/cli/index.ts'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...entry, ...args], { cwd: PROJECT_ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      options.onStdout?.(stdout);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
    runningChildren.add(child);
    child.once('close', () => runningChildren.delete(child));
  });
}

const runningChildren = new Set<ReturnType<typeof spawn>>();

/** Sends a signal to every CLI child still running (e.g. Ctrl-C to a `start`). */
export function signalChildren(signal: NodeJS.Signals): void {
  for (const child of runningChildren) child.kill(signal);
}

/** The environment of a user with nothing Testimony-specific set. */
export function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'JAVA_HOME', 'LANG', 'TMPDIR', 'MAVEN_OPTS'];
  const env: NodeJS.ProcessEnv = {};
  for (const name of keep) if (process.env[name] !== undefined) env[name] = process.env[name];
  return { ...env, ...extra };
}

export { freePort } from '../../src/neo4j/provision/ports.js';
