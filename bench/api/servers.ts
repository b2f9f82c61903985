import { join } from 'node:path';
import type { Neo4jCoordinates } from '../../src/neo4j/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { freePort } from '../../src/neo4j/provision/index.js';
import { childEnv, spawnChild, type Child, type ChildRun } from '../../tests/support/spawn.js';

export type ServerKind = 'ours' | 'peer' | 'raw';

export interface RunningServer {
  kind: ServerKind;
  /** Where to POST: the GraphQL endpoint, or the raw server's root. */
  url: string;
  /** Process start to the first answered question. */
  coldStartMs: number;
  /** The server's process id (bench/api-focus.ts reads its CPU time). */
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * How each server is started: ours exactly as users run it (`testimony serve`), from `root` (another
 * checkout, for a before/after comparison in the same run: bench/api-focus.ts).
 */
function command(kind: ServerKind, root: string): string[] {
  const tsx = ['--import', 'tsx'];
  if (kind === 'ours') return [join(root, 'bin/testimony.mjs'), 'serve'];
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
  root: string = PROJECT_ROOT,
): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  const child = spawnChild(process.execPath, command(kind, root), {
    cwd: root,
    env: childEnv({
      inherit: true,
      neo4j: target,
      set: {
        PORT: String(port),
        TESTIMONY_API_PORT: String(port),
        LOG_LEVEL: 'warn',
        TESTIMONY_QUERY_TIMEOUT_MS: '30000',
      },
    }),
  });
  let output = '';
  for (const stream of [child.process.stdout, child.process.stderr])
    stream?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited: ChildRun | undefined;
  void child.result.then((run) => (exited = run));
  const server = { child, exited: () => exited };
  const url = kind === 'ours' ? `http://127.0.0.1:${port}/graphql` : `http://127.0.0.1:${port}/`;
  await untilAnswered(
    server,
    () => firstAnswer(url),
    () => `${output}\nlast answer: ${lastAnswer().slice(0, 1000)}`,
    kind,
  );
  return {
    kind,
    url,
    coldStartMs: performance.now() - started,
    pid: child.process.pid,
    stop: () => stop(server),
  };
}

interface Server {
  child: Child;
  exited: () => ChildRun | undefined;
}

async function untilAnswered(
  server: Server,
  answered: () => Promise<boolean>,
  output: () => string,
  kind: string,
): Promise<void> {
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    const exited = server.exited();
    if (exited)
      throw new Error(`the ${kind} server exited (${exited.code}):\n${output().slice(-2000)}`);
    if (await answered().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await stop(server);
  throw new Error(`the ${kind} server did not answer within 60 s:\n${output().slice(-2000)}`);
}

/** SIGTERM, then SIGKILL if it has not exited within 10 s; resolves once it has exited. */
async function stop(server: Server): Promise<void> {
  if (server.exited()) return;
  server.child.process.kill('SIGTERM');
  await server.child.result;
}
