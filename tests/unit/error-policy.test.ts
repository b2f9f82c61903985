import { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/api/context.js';
import { formatError, withoutDuplicates } from '../../src/api/error-policy.js';
import { badInput } from '../../src/api/errors.js';
import { requestIdPlugin } from '../../src/api/plugins.js';
import { TestimonyError } from '../../src/errors.js';

// A tiny schema whose resolvers fail as the real ones can: the policy is what is under test,
// through Apollo's own error pipeline, with no database.
const typeDefs = `
  enum Stance { ASSERTS DENIES }
  type Query {
    crash: Int
    unreachable: Int
    timeout: Int
    badArgument: Int
    statements(stance: Stance): Int
  }
`;
const SECRET = 'MATCH (p:Person) RETURN p -- Neo4jError at 127.0.0.1:7687';
const resolvers = {
  Query: {
    crash: () => {
      throw new Error(SECRET);
    },
    unreachable: () => {
      throw new TestimonyError('NEO4J_UNREACHABLE', `Could not reach Neo4j: ${SECRET}`);
    },
    timeout: () => {
      throw new TestimonyError('QUERY_TIMEOUT', `Timed out: ${SECRET}`);
    },
    badArgument: () => {
      throw badInput('first', 'must be between 1 and 100; got 0.');
    },
  },
};

async function ask(query: string, development = false) {
  const server = new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    formatError: formatError(development),
    plugins: [requestIdPlugin],
  });
  await server.start();
  try {
    const contextValue = { requestId: 'req-1' } as ApiContext;
    const response = await server.executeOperation({ query }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult.errors ?? [];
  } finally {
    await server.stop();
  }
}

describe('the error policy (formatError)', () => {
  it('masks an unexpected error: no message, stack or Cypher, but the path and a request id', async () => {
    const [error] = await ask('{ crash }');
    expect(error).toEqual({
      message: 'Internal server error.',
      path: ['crash'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
    });
  });

  it('shows the internal message in development mode only', async () => {
    const [error] = await ask('{ crash }', true);
    expect(error?.message).toBe(SECRET);
    expect(error?.extensions?.requestId).toBe('req-1');
  });

  it('says the database is unavailable, in its own words (SERVICE_UNAVAILABLE)', async () => {
    const [error] = await ask('{ unreachable }');
    expect(error?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(error?.message).toMatch(/unavailable/);
    expect(JSON.stringify(error)).not.toContain('MATCH');
  });

  it('says a query ran too long (QUERY_TIMEOUT), without the query', async () => {
    const [error] = await ask('{ timeout }');
    expect(error?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(JSON.stringify(error)).not.toContain('MATCH');
  });

  it("keeps a client error's message and code (BAD_USER_INPUT)", async () => {
    const [error] = await ask('{ badArgument }');
    expect(error?.message).toBe('Argument "first" must be between 1 and 100; got 0.');
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('keeps the code of a query that does not validate', async () => {
    const [error] = await ask('{ nothingHere }');
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).toContain('nothingHere');
    expect(error?.extensions?.requestId).toBe('req-1');
  });
});

describe('withoutDuplicates', () => {
  const at = [{ line: 1, column: 20 }];
  const ours: GraphQLFormattedError = {
    message: 'ours',
    locations: at,
    extensions: { code: 'BAD_USER_INPUT' },
  };
  const theirs: GraphQLFormattedError = {
    message: 'graphql-js',
    locations: at,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
  };
  const elsewhere: GraphQLFormattedError = { ...theirs, locations: [{ line: 2, column: 1 }] };

  it("drops graphql-js's report of a place that ours already names, and keeps the rest", () => {
    expect(withoutDuplicates([theirs, ours, elsewhere])).toEqual([ours, elsewhere]);
  });

  it('keeps a validation error when we have none of our own', () => {
    expect(withoutDuplicates([theirs])).toEqual([theirs]);
  });
});

// Reached only through Apollo above; this checks the unwrap of a validation rule's own error.
it('a validation rule reporting BAD_USER_INPUT is answered as BAD_USER_INPUT', () => {
  const rule = new GraphQLError('Argument "stance" must be one of …', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
  const wrapped = new GraphQLError(rule.message, { originalError: rule });
  const formatted = formatError(false)(
    { message: rule.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    wrapped,
  );
  expect(formatted.extensions?.code).toBe('BAD_USER_INPUT');
});

describe('the token limit', () => {
  it("graphql-js's parser stop is TOKEN_LIMIT with the limit and what to do, not a syntax error", () => {
    const format = formatError(false);
    for (const message of [
      'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.',
      'Syntax Error: Document contains more than 2000 tokens. Parsing aborted.',
    ]) {
      const formatted = format(
        { message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
        new GraphQLError(message),
      );
      expect(formatted).toEqual({
        message:
          'The query has more than 2000 tokens, the limit. Ask for fewer fields or aliases, or split the query.',
        extensions: { code: 'TOKEN_LIMIT', limit: 2000 },
      });
    }
    const other = format(
      {
        message: 'Syntax Error: Expected Name, found "}".',
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      },
      new GraphQLError('Syntax Error: Expected Name, found "}".'),
    );
    expect(other.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
