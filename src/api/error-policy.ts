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
    const tokens = tokenLimit(formatted);
    if (tokens) return { ...tokens, ...where };
    const known = original instanceof TestimonyError ? KNOWN[original.code] : undefined;
    if (known) return { message: known.message, extensions: { code: known.code }, ...where };
    const ownCode = typedValidationCode(error, original);
    if (ownCode) return { ...formatted, extensions: { ...formatted.extensions, code: ownCode } };
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

/**
 * graphql-js's parser stops at the token limit (parseOptions.maxTokens) with "Syntax Error:
 * Document contains more that N tokens" (sic, graphql 16): not a syntax error. It stops counting there, so the
 * error says the limit, not the query's size.
 */
function tokenLimit(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const limit = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/.exec(
    formatted.message,
  )?.[1];
  if (limit === undefined) return undefined;
  return {
    message: `The query has more than ${limit} tokens, the limit. Ask for fewer fields or aliases, or split the query.`,
    extensions: { code: 'TOKEN_LIMIT', limit: Number(limit) },
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

/** Validation errors that carry a code of their own (argument checks, armor's limits). */
const TYPED_VALIDATION_CODES = new Set([
  'BAD_USER_INPUT',
  'DEPTH_LIMIT',
  'ALIAS_LIMIT',
  'DIRECTIVE_LIMIT',
]);

/** Apollo gives every validation error GRAPHQL_VALIDATION_FAILED; ours keep their own code. */
function typedValidationCode(error: unknown, original: unknown): string | undefined {
  const cause =
    error instanceof GraphQLError && error.originalError instanceof GraphQLError
      ? error.originalError
      : original;
  const code = cause instanceof GraphQLError ? cause.extensions.code : undefined;
  return typeof code === 'string' && TYPED_VALIDATION_CODES.has(code) ? code : undefined;
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
