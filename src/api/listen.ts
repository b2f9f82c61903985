import { createServer, type Server } from 'node:net';
import { TestimonyError } from '../errors.js';

/**
 * Listens on host:port. The failures a person can fix by setting TESTIMONY_API_HOST or
 * TESTIMONY_API_PORT become coded errors naming both; anything else stays as it is.
 */
export function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      reject(listenError(error, host, port) ?? error);
    };
    server.once('error', failed);
    // Once listening, later errors are the server's, for its own 'error' listeners (or a crash):
    // left attached, this listener would swallow the first of them.
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
}

/** The coded error for a failure to listen, or undefined if it is none of the known ones. */
export function listenError(
  error: NodeJS.ErrnoException,
  host: string,
  port: number,
): TestimonyError | undefined {
  const at = `port ${port} on ${host} (the GraphQL API)`;
  const details = (hint: string) => ({ hint, cause: error });
  switch (error.code) {
    case 'EADDRINUSE':
      return new TestimonyError(
        'PORT_IN_USE',
        `Port ${port} on ${host} (the GraphQL API) is already in use.`,
        details('Stop what listens there, or set TESTIMONY_API_PORT to a free port (0 picks one).'),
      );
    case 'EACCES':
      return new TestimonyError(
        'PORT_DENIED',
        `Not allowed to listen on ${at}; ports below 1024 usually need privileges.`,
        details('Set TESTIMONY_API_PORT to a port from 1024 to 65535 (0 picks a free one).'),
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new TestimonyError(
        'PORT_DENIED',
        `Cannot listen on ${at}: ${host} is not an address of this machine.`,
        details(
          'Set TESTIMONY_API_HOST to an address of this machine: 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).',
        ),
      );
    default:
      return undefined;
  }
}

/**
 * Fails now, with the coded error listen() would give later, if the API could not listen on
 * host:port: `npm start` checks before it starts (or seeds) a Neo4j it would only stop again.
 * Port 0 (any free port) always succeeds.
 */
export async function checkApiPort(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  try {
    await listen(probe, host, port).catch((error: unknown) => {
      throw inUseByAnotherStart(error, host, port);
    });
  } finally {
    await new Promise((resolve) => probe.close(resolve));
  }
}

/** The likely reason, for a person who ran `npm start` twice. */
function inUseByAnotherStart(error: unknown, host: string, port: number): unknown {
  if (!(error instanceof TestimonyError) || error.code !== 'PORT_IN_USE') return error;
  return new TestimonyError(
    'PORT_IN_USE',
    `Port ${port} on ${host} (the GraphQL API) is already in use, perhaps by another \`npm start\` or \`testimony serve\` (try http://${host}:${port}/health). Nothing was started or stopped.`,
    {
      hint: 'Use the API that runs there, or stop it (Ctrl-C in its terminal), or set TESTIMONY_API_PORT to a free port (0 picks one).',
      cause: error.cause,
    },
  );
}
