import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { TestimonyError } from '../errors.js';
import { logger } from '../log.js';
import { PATHS } from '../paths.js';
import { QueryExecutor } from '../queries/executor.js';
import type { ApiContext } from './context.js';
import { explorerPage } from './explorer.js';
import { createLoaders } from './loaders.js';
import { ArgumentValuesRule } from './rules/argument-values-rule.js';
import { ReadOnlyRule } from './rules/read-only-rule.js';
import { buildSchema } from './schema.js';

const log = logger('api');

/** Neo4j Browser's guide and style, served by the API (see README, "Neo4j Browser"). */
export const BROWSER_DIR = PATHS.browser;

/** Limits checked before execution: a query over any of them never reaches the database. */
export const API_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxCost: 5000,
  maxDirectives: 20,
  bodyBytes: '64kb',
} as const;

export interface ApiOptions {
  driver: Driver;
  database: string;
  host: string;
  port: number;
  queryTimeoutMs: number;
  /** Show internal error messages to clients (never in production). */
  development?: boolean;
}

export interface RunningApi {
  url: string;
  graphqlUrl: string;
  explorerUrl: string;
  /** Shared by every request; its round-trip count is what the N+1 tests read. */
  executor: QueryExecutor;
  stop(): Promise<void>;
}

/** Client errors keep their message; unavailability and timeouts get codes; anything else is masked. */
function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const where = {
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };
    if (original instanceof TestimonyError && original.code === 'NEO4J_UNREACHABLE') {
      return {
        message: 'The graph database is unavailable right now; try again shortly.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
        ...where,
      };
    }
    if (original instanceof TestimonyError && original.code === 'QUERY_TIMEOUT') {
      return {
        message: 'The query ran past the time limit; narrow it (fewer hops, a smaller page).',
        extensions: { code: 'QUERY_TIMEOUT' },
        ...where,
      };
    }
    // Apollo gives every validation error GRAPHQL_VALIDATION_FAILED; ours say BAD_USER_INPUT.
    const cause =
      error instanceof GraphQLError && error.originalError instanceof GraphQLError
        ? error.originalError
        : original;
    if (cause instanceof GraphQLError && cause.extensions.code === 'BAD_USER_INPUT') {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    if (development || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR'))
      return formatted;
    return {
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      ...where,
    };
  };
}

/** graphql-js also reports a bad enum literal in its own words: keep only ours (same place, clearer). */
function withoutDuplicates(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  const at = (e: GraphQLFormattedError) => JSON.stringify(e.locations ?? []);
  const ours = new Set(errors.filter((e) => e.extensions?.code === 'BAD_USER_INPUT').map(at));
  return errors.filter(
    (e) => e.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || !ours.has(at(e)),
  );
}

/** Logs each error with its request id and stack (server side only), and gives clients the id. */
const requestIdPlugin: ApolloServerPlugin<ApiContext> = {
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors: ({ contextValue, errors }) => {
        for (const error of errors) {
          const original = unwrapResolverError(error);
          const code = error.extensions?.code;
          if (
            code === 'BAD_USER_INPUT' ||
            code === 'GRAPHQL_VALIDATION_FAILED' ||
            code === 'GRAPHQL_PARSE_FAILED'
          )
            continue;
          log.error({ requestId: contextValue.requestId, err: original }, 'request failed');
        }
        return Promise.resolve();
      },
      willSendResponse: ({ contextValue, response }) => {
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          const errors = withoutDuplicates(response.body.singleResult.errors);
          response.body.singleResult.errors = errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
        }
        return Promise.resolve();
      },
    });
  },
};

async function isReady(driver: Driver, database: string): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000).unref());
  const check = driver.verifyConnectivity({ database }).then(
    () => true,
    () => false,
  );
  return Promise.race([check, timeout]);
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') return reject(error);
      reject(
        new TestimonyError(
          'PORT_IN_USE',
          `Port ${port} on ${host} (the GraphQL API) is already in use.`,
          {
            hint: `Stop what listens there, or set TESTIMONY_API_PORT to a free port (0 picks one).`,
          },
        ),
      );
    });
    server.listen(port, host, resolve);
  });
}

/** The API: stateless (every request reads Neo4j), read-only (no mutation type), limited before execution. */
export async function startApi(options: ApiOptions): Promise<RunningApi> {
  const executor = new QueryExecutor(options.driver, {
    database: options.database,
    timeoutMs: options.queryTimeoutMs,
  });
  const app = express();
  const httpServer: Server = createServer(app);
  const armor = new ApolloArmor({
    maxDepth: { n: API_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: API_LIMITS.maxAliases },
    // Tokens are limited by graphql-js's own parser (parseOptions below): armor's token plugin
    // re-parses inside an Apollo hook, which turns a plain syntax error into a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: API_LIMITS.maxCost, ignoreIntrospection: true },
    maxDirectives: { n: API_LIMITS.maxDirectives },
  });
  const protection = armor.protect();
  // graphql-armor's types name Apollo's CommonJS build and ours its ES build: the same plugin
  // objects at run time, two declarations to TypeScript.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<ApiContext>[];
  const apollo = new ApolloServer<ApiContext>({
    schema: buildSchema(),
    ...protection,
    validationRules: [...protection.validationRules, ArgumentValuesRule, ReadOnlyRule],
    plugins: [
      ...armorPlugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      requestIdPlugin,
    ],
    parseOptions: { maxTokens: API_LIMITS.maxTokens },
    // The CLI owns SIGINT/SIGTERM (it stops the API, then Neo4j). Apollo's own handlers would
    // re-raise the signal after stopping, which reads as a second Ctrl-C and skips the cleanup.
    stopOnTerminationSignals: false,
    formatError: formatError(options.development ?? false),
    introspection: true,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ready = await isReady(options.driver, options.database);
    res.status(ready ? 200 : 503).json({ ready, neo4j: ready ? 'reachable' : 'unreachable' });
  });
  // Neo4j Browser fetches the guide and style cross-origin (`:play`, `:style`), with a preflight:
  // CORS for these public, read-only files only.
  app.use('/browser', cors({ methods: ['GET'] }), express.static(BROWSER_DIR, { index: false }));
  app.get(['/', '/explorer'], (_req, res) => {
    res.type('html').send(explorerPage('/graphql'));
  });
  app.use(
    '/graphql',
    express.json({ limit: API_LIMITS.bodyBytes }),
    expressMiddleware(apollo, {
      context: ({ res }) => {
        const requestId = randomUUID();
        res.setHeader('x-request-id', requestId);
        return Promise.resolve({ executor, loaders: createLoaders(executor), requestId });
      },
    }),
  );

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
