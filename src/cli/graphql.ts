import { execute, GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { createLoaders } from '../api/loaders.js';
import { buildSchema } from '../api/schema.js';
import { TestimonyError } from '../errors.js';
import type { QueryExecutor } from '../queries/executor.js';

let schema: GraphQLSchema | undefined;

/**
 * Runs a GraphQL operation in-process through the API's own schema and resolvers: the CLI asks
 * the same named Cypher queries as the API and gets the same evidence, with nothing copied.
 */
export async function runOperation<T>(
  executor: QueryExecutor,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  schema ??= buildSchema();
  const result = await execute({
    schema,
    document: parse(document),
    variableValues: variables,
    contextValue: { executor, loaders: createLoaders(executor), requestId: 'cli' },
  });
  const [error] = result.errors ?? [];
  if (error) throw asCliError(error);
  return result.data as T;
}

function asCliError(error: GraphQLError): Error {
  const original = error.originalError;
  if (original instanceof TestimonyError) return original;
  if (error.extensions.code === 'BAD_USER_INPUT' || original instanceof GraphQLError) {
    return new TestimonyError('USAGE', error.message, {
      hint: 'Run the command with --help to see what each option allows.',
    });
  }
  return original ?? error;
}
