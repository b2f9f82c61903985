import { execa, type ResultPromise } from 'execa';
import type { Neo4jCoordinates } from '../../src/neo4j/index.js';

/** What a finished child did: its exit code (null when a signal ended it) and its output. */
export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as they came. */
  all: string;
  ms: number;
  timedOut: boolean;
}

export interface SpawnOptions {
  /** The child's whole environment: nothing is inherited unless the caller puts it here. */
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** Killed (SIGKILL) after this long; a hang guard, not a timing claim. */
  timeoutMs?: number;
  /** Called with all stdout so far, each time more arrives (to wait for a line). */
  onStdout?: (stdout: string) => void;
}

export interface Child {
  process: ResultPromise;
  /** Settles when the child has exited; rejects only when it could not start at all. */
  result: Promise<ChildRun>;
}

/** Starts a child process with its output collected (execa: no hand-rolled buffering). */
export function spawnChild(file: string, args: string[], options: SpawnOptions): Child {
  const started = performance.now();
  const child = execa(file, args, {
    cwd: options.cwd,
    env: options.env,
    extendEnv: false,
    stdin: 'ignore',
    all: true,
    reject: false,
    // Output is compared as the child wrote it.
    stripFinalNewline: false,
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
    killSignal: 'SIGKILL',
    // A SIGTERM that is not obeyed within 10 s becomes a SIGKILL (servers that hang on exit).
    forceKillAfterDelay: 10_000,
  });
  if (options.onStdout) {
    let stdout = '';
    const onStdout = options.onStdout;
    child.stdout.on('data', (chunk: Buffer) => onStdout((stdout += chunk.toString())));
  }
  const result = child.then((done) => {
    // An exit code or a signal means it ran; neither means it never started (e.g. ENOENT).
    if (done.exitCode === undefined && done.signal === undefined && !done.timedOut)
      throw new Error(done.message);
    return {
      code: done.exitCode ?? null,
      stdout: String(done.stdout),
      stderr: String(done.stderr),
      all: String(done.all),
      ms: performance.now() - started,
      timedOut: done.timedOut,
    };
  });
  return { process: child, result };
}

/** Runs a child to its end. */
export function runChild(file: string, args: string[], options: SpawnOptions): Promise<ChildRun> {
  return spawnChild(file, args, options).result;
}

/**
 * The one place a child's environment is built. `inherit: false` (the default) is a new user
 * with nothing Testimony-specific set; `inherit: true` keeps this process's environment (bench
 * children, which honour the caller's settings). `neo4j` points the child at a server.
 */
export function childEnv(
  options: { inherit?: boolean; neo4j?: Neo4jCoordinates; set?: Record<string, string> } = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = options.inherit ? { ...process.env } : {};
  if (!options.inherit) {
    const keep = ['PATH', 'HOME', 'JAVA_HOME', 'LANG', 'TMPDIR', 'MAVEN_OPTS'];
    for (const name of keep) if (process.env[name] !== undefined) env[name] = process.env[name];
  }
  if (options.neo4j) {
    env.NEO4J_URI = options.neo4j.uri;
    env.NEO4J_USERNAME = options.neo4j.username;
    env.NEO4J_PASSWORD = options.neo4j.password;
    env.NEO4J_DATABASE = options.neo4j.database;
  }
  return { ...env, ...options.set };
}
