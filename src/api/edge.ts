import type { ErrorRequestHandler, RequestHandler } from 'express';
import helmet from 'helmet';
import { logger } from '../log.js';

const log = logger('api');

/** Loopback names: always served, whatever port the API listens on. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
/** Wildcard listen addresses: they name no host a client would type. */
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** `::1` and `[::1]` alike, any case: how Express reports a Host header's name. */
export function normalizeHost(name: string): string {
  const lower = name.trim().toLowerCase();
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
}

/** The Host names the API answers: loopback, the address it listens on (unless a wildcard), and `extra`. */
export function allowedHosts(listenHost: string, extra: readonly string[] = []): Set<string> {
  const listen = WILDCARDS.has(listenHost) ? [] : [listenHost];
  return new Set([...LOOPBACK_HOSTS, ...listen, ...extra].map(normalizeHost));
}

/** The one shape of every error the API answers outside GraphQL: the GraphQL errors shape. */
export function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * DNS rebinding: a page on evil.example whose name is re-pointed at 127.0.0.1 reaches the API
 * from the victim's browser, same-origin as far as the browser knows. Only the Host header tells,
 * so a name the API does not serve gets 421 before any route runs.
 */
export function hostCheck(allowed: ReadonlySet<string>): RequestHandler {
  return (req, res, next) => {
    // Express 5 strips the port (and keeps an IPv6 literal's brackets).
    const host = req.hostname ? normalizeHost(req.hostname) : undefined;
    if (host && allowed.has(host)) {
      next();
      return;
    }
    // The names it does serve are for the operator's log: a client (a rebinding page, say)
    // would learn the server's other names from them.
    log.warn({ host, allowed: [...allowed] }, 'request for a host the API does not serve (421)');
    res
      .status(421)
      .json(
        errorBody(
          'MISDIRECTED_REQUEST',
          `This API does not serve the host ${JSON.stringify(host ?? '')}; ask for it by the name it is configured with (see TESTIMONY_API_ALLOWED_HOSTS).`,
        ),
      );
  };
}

/**
 * Helmet's headers on every response. The default policy allows nothing: JSON and the Browser
 * guide's files need none; the explorer page sets its own (routes.ts). HSTS stays off: the API
 * speaks plain HTTP (a TLS proxy in front sets it), and upgrade-insecure-requests would send the
 * explorer's own requests to an https:// that does not exist.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: LOCKED_DOWN },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    // Neo4j Browser (another origin) fetches /browser/*; CORS decides who may read it.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
}

export const LOCKED_DOWN = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/** A route no one serves: JSON too, not Express's HTML page. */
export const notFound: RequestHandler = (req, res) => {
  res
    .status(404)
    .json(errorBody('NOT_FOUND', `Nothing is served at ${req.method} ${req.path}; try /graphql.`));
};

/** Body-parser's failures, in words for a client (they carry `type` and a 4xx `status`). */
const CLIENT_FAILURES: Record<string, { code: string; message: string }> = {
  'entity.too.large': {
    code: 'PAYLOAD_TOO_LARGE',
    message: 'The request body is over the size limit; send a shorter query.',
  },
  'entity.parse.failed': {
    code: 'BAD_REQUEST',
    message: 'The request body is not valid JSON; send {"query": "..."} as application/json.',
  },
};

/**
 * The last handler: any error Express sees becomes a JSON answer with a code, never Express's
 * HTML page with a stack trace. A 5xx is logged with its stack and masked for the client.
 */
export const jsonErrors: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const { status, type } = httpFields(error);
  if (status >= 400 && status < 500) {
    const known = type ? CLIENT_FAILURES[type] : undefined;
    const message = known?.message ?? 'The request is malformed.';
    res.status(status).json(errorBody(known?.code ?? 'BAD_REQUEST', message));
    return;
  }
  log.error({ err: error, path: req.path }, 'request failed outside GraphQL');
  res.status(500).json(errorBody('INTERNAL_SERVER_ERROR', 'Internal server error.'));
};

function httpFields(error: unknown): { status: number; type: string | undefined } {
  if (typeof error !== 'object' || error === null) return { status: 500, type: undefined };
  const fields = error as { status?: unknown; statusCode?: unknown; type?: unknown };
  const status = fields.status ?? fields.statusCode;
  return {
    status: typeof status === 'number' ? status : 500,
    type: typeof fields.type === 'string' ? fields.type : undefined,
  };
}
