import type { Driver } from 'neo4j-driver';
import { type Authenticator, checkApiPort, prepareApiAuth, startApi } from '../../api/index.js';
import { redactUri, type Env } from '../../config/index.js';
import { streamReporter, type Reporter } from '../../log.js';
import { browserUrl, type ProvisionedNeo4j, withNeo4j } from '../../neo4j/index.js';
import { untilAborted, type CliIo } from '../io.js';

/** Serves the GraphQL API on this Neo4j until Ctrl-C or SIGTERM, then drains it. */
export async function serveUntilStopped(
  env: Env,
  io: CliIo,
  reporter: Reporter,
  driver: Driver,
  neo4j: ProvisionedNeo4j,
  signal: AbortSignal,
  auth: Authenticator | undefined,
): Promise<void> {
  const api = await startApi({
    auth,
    driver,
    database: neo4j.coordinates.database,
    host: env.TESTIMONY_API_HOST,
    port: env.TESTIMONY_API_PORT,
    queryTimeoutMs: env.TESTIMONY_QUERY_TIMEOUT_MS,
    development: process.env.NODE_ENV === 'development',
    allowedHosts: env.TESTIMONY_API_ALLOWED_HOSTS,
    connections: {
      keepAliveTimeoutMs: env.TESTIMONY_API_KEEP_ALIVE_TIMEOUT_MS,
      headersTimeoutMs: env.TESTIMONY_API_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: env.TESTIMONY_API_REQUEST_TIMEOUT_MS,
      maxConnections: env.TESTIMONY_API_MAX_CONNECTIONS,
    },
  });
  const browser =
    browserUrl(neo4j.coordinates) ?? "(your server's own Neo4j Browser; not known from NEO4J_URI)";
  io.stdout.write(`GraphQL:       ${api.graphqlUrl}\n`);
  io.stdout.write(`Explorer:      ${api.explorerUrl}\n`);
  io.stdout.write(
    `Bolt URI:      ${redactUri(neo4j.coordinates.uri)}  (user ${neo4j.coordinates.username}, database ${neo4j.coordinates.database})\n`,
  );
  // Where the local server's generated password is, never the password itself.
  if (neo4j.passwordFile) io.stdout.write(`Password file: ${neo4j.passwordFile}\n`);
  io.stdout.write(`Neo4j Browser: ${browser}\n`);
  reporter.info(auth ? `Token required on /graphql: ${auth.summary}.` : 'No token required.');
  reporter.info(
    neo4j.owned
      ? 'Running. Press Ctrl-C to stop the API and Neo4j.'
      : 'Running. Press Ctrl-C to stop the API (Neo4j stays up: it is not ours).',
  );
  try {
    await untilAborted(signal);
  } finally {
    reporter.info('Stopping the API (finishing requests in flight)…');
    await api.stop();
  }
}

export interface ServeOptions {
  /** Serve with no authentication beyond loopback (refused without it). */
  insecure?: boolean;
}

/** Settled before Neo4j starts, so a refused configuration costs nothing. */
export function apiAuth(
  env: Env,
  io: CliIo,
  options: ServeOptions,
): Promise<Authenticator | undefined> {
  return prepareApiAuth(env, options.insecure === true, (message) =>
    io.stderr.write(`${message}\n`),
  );
}

/** `testimony serve`: the API alone, on the data already in Neo4j (no seeding). */
export async function serveCommand(
  env: Env,
  io: CliIo,
  signal: AbortSignal,
  options: ServeOptions = {},
): Promise<void> {
  const reporter = streamReporter(io.stderr);
  const auth = await apiAuth(env, io, options);
  await checkApiPort(env.TESTIMONY_API_HOST, env.TESTIMONY_API_PORT);
  await withNeo4j(env, reporter, signal, (driver, neo4j) =>
    serveUntilStopped(env, io, reporter, driver, neo4j, signal, auth),
  );
}
