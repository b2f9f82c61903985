import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { QueryExecutor } from '../queries/index.js';
import { type Authenticator, requireToken } from './auth.js';
import { boundedServer, type ConnectionLimits } from './connections.js';
import type { ApiContext } from './context.js';
import { allowedHosts, hostCheck, jsonErrors, notFound, securityHeaders } from './edge.js';
import { formatError } from './error-policy.js';
import { API_LIMITS, protection } from './limits.js';
import { listen } from './listen.js';
import { createLoaders } from './loaders.js';
import { apiPlugins, projectionPlugin } from './plugins.js';
import type { Fields } from './projection.js';
import { addHealthRoutes, addPageRoutes } from './routes.js';
import { ArgumentValuesRule } from './rules/argument-values-rule.js';
import { ReadOnlyRule } from './rules/read-only-rule.js';
import { buildSchema } from './schema.js';

export { API_LIMITS } from './limits.js';

export interface ApiOptions {
  driver: Driver;
  database: string;
  host: string;
  port: number;
  queryTimeoutMs: number;
  /** Who may query /graphql; undefined: anyone (the CLI allows that on loopback only). */
  auth?: Authenticator | undefined;
  /** Show internal error messages to clients (never in production). */
  development?: boolean;
  /** Host names served besides loopback and `host` (TESTIMONY_API_ALLOWED_HOSTS). */
  allowedHosts?: readonly string[];
  /** Connection deadlines and maximum; unset ones keep their defaults (connections.ts). */
  connections?: Partial<ConnectionLimits>;
}

/** A request's whole deadline: its reads' transaction timeout, plus this much for the rest. */
export const REQUEST_GRACE_MS = 1_000;

export interface RunningApi {
  url: string;
  graphqlUrl: string;
  explorerUrl: string;
  /** Shared by every request; its round-trip count is what the N+1 tests read. */
  executor: QueryExecutor;
  stop(): Promise<void>;
}

/** The API: stateless (every request reads Neo4j), read-only (no mutation type), limited before execution. */
export async function startApi(options: ApiOptions): Promise<RunningApi> {
  const executor = new QueryExecutor(options.driver, {
    database: options.database,
    timeoutMs: options.queryTimeoutMs,
  });
  const app = express();
  const httpServer: Server = boundedServer(app, options.connections ?? {});
  const apollo = createApollo(httpServer, options.development ?? false);
  await apollo.start();

  app.disable('x-powered-by');
  // The edge: a Host this API does not serve is refused before any route (DNS rebinding).
  // Headers first, so that even a refused Host (421) gets them.
  app.use(securityHeaders());
  app.use(hostCheck(allowedHosts(options.host, options.allowedHosts)));
  addHealthRoutes(app, options.driver, options.database);
  addPageRoutes(app, options.auth !== undefined);
  app.use('/graphql', requireToken(options.auth));
  app.use(
    '/graphql',
    express.json({ limit: API_LIMITS.bodyBytes }),
    expressMiddleware(apollo, {
      context: ({ res }) => Promise.resolve(contextFor(executor, res, options.queryTimeoutMs)),
    }),
  );
  // Whatever no route answered, or failed outside GraphQL (a body too large, malformed JSON): JSON.
  app.use(notFound);
  app.use(jsonErrors);

  await listen(httpServer, options.host, options.port).catch(async (error: unknown) => {
    await apollo.stop();
    throw error;
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host}:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    explorerUrl: `${url}/explorer`,
    executor,
    stop: () => apollo.stop(),
  };
}

function createApollo(httpServer: Server, development: boolean): ApolloServer<ApiContext> {
  const limits = protection();
  const schema = buildSchema();
  return new ApolloServer<ApiContext>({
    schema,
    ...limits,
    validationRules: [...limits.validationRules, ArgumentValuesRule, ReadOnlyRule],
    plugins: [...apiPlugins(httpServer, limits.plugins), projectionPlugin(schema)],
    parseOptions: { maxTokens: API_LIMITS.maxTokens },
    // The CLI owns SIGINT/SIGTERM (it stops the API, then Neo4j). Apollo's own handlers would
    // re-raise the signal after stopping, which reads as a second Ctrl-C and skips the cleanup.
    stopOnTerminationSignals: false,
    formatError: formatError(development),
    introspection: true,
  });
}

/**
 * Every request gets its own id (also in the x-request-id header), its own loaders, and its own
 * deadline: all its reads end by then, even when Neo4j never answers (executor.ts).
 */
function contextFor(shared: QueryExecutor, res: express.Response, timeoutMs: number): ApiContext {
  const requestId = randomUUID();
  res.setHeader('x-request-id', requestId);
  const executor = shared.withDeadline(AbortSignal.timeout(timeoutMs + REQUEST_GRACE_MS));
  const projection: { fields: Fields } = { fields: null };
  return {
    executor,
    loaders: createLoaders(executor, () => projection.fields),
    requestId,
    projection,
  };
}
