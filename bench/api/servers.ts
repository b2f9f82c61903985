import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Neo4jCoordinates } from '../../src/neo4j/driver.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { freePort } from '../../src/neo4j/provision/ports.js';

export type ServerKind = 'ours' | 'peer' | 'raw';

export interface RunningServer {
  kind: ServerKind;
  /** Where to POST: the GraphQL endpoint, or the raw server's root. */
  url: string;
  /** Process start to the first answered question. */
  coldStartMs: number;
  stop(): Promise<void>;
}

/** How each server is started: ours exactly as users run it (`testimony serve`). */
function command(kind: ServerKind): string[] {
  const tsx = ['--import', 'tsx'];
  if (kind === 'ours') return [join(PROJECT_ROOT, 'bin/testimony.mjs'), 'serve'];
  return [...tsx, join(PROJECT_ROOT, `bench/api/${kind}-server.ts`)];
}

/**
 * Starts a server in a process of its own (so that it never shares an event loop with the load
 * generator) and waits until `firstAnswer` succeeds against it: that moment is its cold start.
 */
export async function startServer(
  kind: ServerKind,
  target: Neo4jCoordinates,
  firstAnswer: (url: string) => Promise<boolean>,
  lastAnswer: () => string,
): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, command(kind), {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
      PORT: String(port),
      TESTIMONY_API_PORT: String(port),
      LOG_LEVEL: 'warn',
      TESTIMONY_QUERY_TIMEOUT_MS: '30000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url =
    kind === 'raw'
      ? `http://127.0.0.1:${port}/`
      : kind === 'ours'
        ? `http://127.0.0.1:${port}/graphql`
        : `http://127.0.0.1:${port}/`;
  await untilAnswered(
    child,
    () => firstAnswer(url),
    () => `${output}\nlast answer: ${lastAnswer().slice(0, 1000)}`,
    kind,
  );
  return { kind, url, coldStartMs: performance.now() - started, stop: () => stop(child) };
}

async function untilAnswered(
  child: ChildProcess,
  answered: () => Promise<boolean>,
  output: () => string,
  kind: string,
): Promise<void> {
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the ${kind} server exited (${child.exitCode}):\n${output().slice(-2000)}`);
    if (await answered().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await stop(child);
  throw new Error(`the ${kind} server did not answer within 60 s:\n${output().slice(-2000)}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
