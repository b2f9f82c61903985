import type { Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { logger } from '../log.js';
import type { ApiContext } from './context.js';
import { withoutDuplicates } from './error-policy.js';
import { projection } from './projection.js';

const log = logger('api');

/** A client's own mistakes are answered, not logged: the log is for what we must fix. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'COST_LIMIT',
  'DEPTH_LIMIT',
  'ALIAS_LIMIT',
  'DIRECTIVE_LIMIT',
  'TOKEN_LIMIT',
  // An unknown or ambiguous name is the client's: answered with the closest names, not logged.
  'NOT_FOUND',
  'AMBIGUOUS',
]);

/** Logs each error with its request id and stack (server side only), and gives clients the id. */
export const requestIdPlugin: ApolloServerPlugin<ApiContext> = {
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors: ({ contextValue, errors }) => {
        for (const error of errors) {
          const code = error.extensions?.code;
          if (typeof code === 'string' && CLIENT_CODES.has(code)) continue;
          const err = unwrapResolverError(error);
          log.error({ requestId: contextValue.requestId, err }, 'request failed');
        }
        return Promise.resolve();
      },
      willSendResponse: ({ contextValue, response }) => {
        // A nested list cut at its cap is never cut silently: the response names it.
        // The context is incomplete when building it failed (a refused token, say): nothing was read.
        const loaders = (contextValue as Partial<ApiContext>).loaders;
        const truncated = loaders ? loaders.truncated() : [];
        if (response.body.kind === 'single' && truncated.length > 0) {
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, truncated };
        }
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

/**
 * Once a request's document is parsed and validated, and before any resolver runs: which
 * properties its reads project (projection.ts), worked out once per cached document.
 */
export function projectionPlugin(schema: GraphQLSchema): ApolloServerPlugin<ApiContext> {
  const fieldsOf = projection(schema);
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ document, contextValue }) => {
          if (contextValue.projection) contextValue.projection.fields = fieldsOf.of(document);
          return Promise.resolve();
        },
      }),
  };
}

/** Our plugins after the limits': drain in-flight requests on stop, no landing page, request ids. */
export function apiPlugins(
  httpServer: Server,
  limits: ApolloServerPlugin<ApiContext>[],
): ApolloServerPlugin<ApiContext>[] {
  return [
    ...limits,
    ApolloServerPluginDrainHttpServer({ httpServer }),
    ApolloServerPluginLandingPageDisabled(),
    requestIdPlugin,
  ];
}
