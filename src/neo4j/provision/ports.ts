import { connect, createServer } from 'node:net';

export type HttpPortState =
  | { kind: 'free' }
  | { kind: 'neo4j'; version: string; edition: string }
  | { kind: 'other'; detail: string };

/** True when something accepts TCP connections on host:port. */
export function isPortOpen(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(true)); // accepted but silent: taken
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * What answers on an HTTP port: nothing, a Neo4j (its discovery document names its version),
 * or something else, which we must not mistake for a server we could use.
 */
export async function probeHttpPort(host: string, port: number): Promise<HttpPortState> {
  if (!(await isPortOpen(host, port))) return { kind: 'free' };
  try {
    const response = await fetch(`http://${host}:${port}/`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(2_000),
    });
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'neo4j_version' in body) {
      const doc = body as { neo4j_version: string; neo4j_edition?: string };
      return { kind: 'neo4j', version: doc.neo4j_version, edition: doc.neo4j_edition ?? 'unknown' };
    }
    return { kind: 'other', detail: `HTTP ${response.status} without a Neo4j discovery document` };
  } catch (error) {
    return { kind: 'other', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** A TCP port on loopback that nothing listens on right now (for tests and benchmarks). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port assigned')),
      );
    });
  });
}
