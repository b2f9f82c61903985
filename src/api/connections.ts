import { createServer, type RequestListener, type Server } from 'node:http';
import { logger } from '../log.js';

const log = logger('api');

/** How long a client may hold a connection, and how many it may hold (see README, settings). */
export interface ConnectionLimits {
  /** An idle keep-alive connection is closed after this long without a new request. */
  keepAliveTimeoutMs: number;
  /** A client must send all request headers within this long of connecting. */
  headersTimeoutMs: number;
  /** A client must send the whole request (headers and body) within this long. */
  requestTimeoutMs: number;
  /** Connections beyond this many are closed as they arrive; those already open are served. */
  maxConnections: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  keepAliveTimeoutMs: 5_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxConnections: 512,
};

/**
 * An HTTP server whose connections are bounded in time and number. Node checks the header and
 * request deadlines on a timer (30 s by default, which let a trickled body live for 321 s): the
 * check runs at a fraction of the shortest deadline instead. A connection that sends nothing at
 * all is cut by the same deadlines.
 */
export function boundedServer(app: RequestListener, limits: Partial<ConnectionLimits>): Server {
  const { keepAliveTimeoutMs, headersTimeoutMs, requestTimeoutMs, maxConnections } =
    withDefaults(limits);
  // Node refuses a headers deadline later than the request deadline.
  const headersTimeout = Math.min(headersTimeoutMs, requestTimeoutMs);
  const server = createServer(
    {
      keepAliveTimeout: keepAliveTimeoutMs,
      headersTimeout,
      requestTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, headersTimeout / 4)),
    },
    app,
  );
  server.maxConnections = maxConnections;
  server.on('drop', warnOfDrops(maxConnections));
  return server;
}

/** The limits given, the defaults for the rest (an unset setting arrives as undefined). */
export function withDefaults(limits: Partial<ConnectionLimits>): ConnectionLimits {
  const given = Object.entries(limits).filter(([, value]) => value !== undefined);
  return { ...DEFAULT_CONNECTION_LIMITS, ...Object.fromEntries(given) };
}

/** One warning per burst of refused connections, not one per connection (a flood must not flood the log). */
function warnOfDrops(max: number): () => void {
  let lastWarned = 0;
  let dropped = 0;
  return () => {
    dropped += 1;
    if (Date.now() - lastWarned < 10_000) return;
    log.warn({ dropped, maxConnections: max }, 'connections refused: at the maximum');
    lastWarned = Date.now();
    dropped = 0;
  };
}
