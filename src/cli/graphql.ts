import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { execute, GraphQLError, type GraphQLSchema } from 'graphql';
import { buildSchema, createLoaders } from '../api/in-process.js';
import { TestimonyError } from '../errors.js';
import type { QueryExecutor } from '../queries/index.js';

let schema: GraphQLSchema | undefined;

/**
 * Runs a GraphQL operation in-process through the API's own schema and resolvers: the CLI asks
 * the same named Cypher queries as the API and gets the same evidence, with nothing copied.
 * The document is generated from src/cli/operations/*.graphql, so its data and variables are
 * typed from the SDL (`npm run codegen`).
 */
export async function runOperation<TData, TVariables extends Record<string, unknown>>(
  executor: QueryExecutor,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  schema ??= buildSchema();
  const loaders = createLoaders(executor);
  const result = await execute({
    schema,
    document,
    variableValues: variables,
    contextValue: { executor, loaders, requestId: 'cli' },
  });
  const [error] = result.errors ?? [];
  if (error) throw asCliError(error);
  // As the API's extensions do: a list cut at its cap is said, on stderr (stdout stays the answer).
  for (const cut of loaders.truncated())
    process.stderr.write(
      `Note: only the first ${cut.cap} ${cut.relationship} (${cut.direction}) of ${cut.node} are shown.\n`,
    );
  // The schema returned data of the document's shape: that is what execute() guarantees.
  return result.data as TData;
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
