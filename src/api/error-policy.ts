import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { TestimonyError } from '../errors.js';

/**
 * What a client may see of an error. Client errors keep their message; unavailability and
 * timeouts get codes of their own; anything else is masked (unless `development`), so no stack,
 * Cypher text or driver message leaves the server. The server log keeps the original.
 */
export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const where = {
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };
    const known = original instanceof TestimonyError ? KNOWN[original.code] : undefined;
    if (known) return { message: known.message, extensions: { code: known.code }, ...where };
    if (isBadUserInput(error, original))
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
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

/** TestimonyErrors a client is told about, in words for a client rather than an operator. */
const KNOWN: Partial<Record<TestimonyError['code'], { code: string; message: string }>> = {
  NEO4J_UNREACHABLE: {
    code: 'SERVICE_UNAVAILABLE',
    message: 'The graph database is unavailable right now; try again shortly.',
  },
  QUERY_TIMEOUT: {
    code: 'QUERY_TIMEOUT',
    message: 'The query ran past the time limit; narrow it (fewer hops, a smaller page).',
  },
};

/** Apollo gives every validation error GRAPHQL_VALIDATION_FAILED; ours say BAD_USER_INPUT. */
function isBadUserInput(error: unknown, original: unknown): boolean {
  const cause =
    error instanceof GraphQLError && error.originalError instanceof GraphQLError
      ? error.originalError
      : original;
  return cause instanceof GraphQLError && cause.extensions.code === 'BAD_USER_INPUT';
}

/** graphql-js also reports a bad enum literal in its own words: keep only ours (same place, clearer). */
export function withoutDuplicates(
  errors: readonly GraphQLFormattedError[],
): GraphQLFormattedError[] {
  const at = (e: GraphQLFormattedError) => JSON.stringify(e.locations ?? []);
  const ours = new Set(errors.filter((e) => e.extensions?.code === 'BAD_USER_INPUT').map(at));
  return errors.filter(
    (e) => e.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || !ours.has(at(e)),
  );
}
