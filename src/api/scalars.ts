import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { parseDateValue } from '../dataset/dates.js';

function parseDay(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const parsed = parseDateValue(value);
    if (typeof parsed !== 'string') return value;
    throw new GraphQLError(`Date ${parsed}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  throw new GraphQLError(
    `Date expected YYYY-MM-DD, e.g. "2016-09-08"; got ${JSON.stringify(value)}`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

/**
 * `YYYY-MM-DD`, checked to exist: 2017-02-30 is refused. Variables are checked here; literals
 * are checked by ArgumentValuesRule, which can name the argument, so parseLiteral only
 * refuses what is not a string at all.
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => String(value),
  parseValue: parseDay,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) return parseDay(undefined);
    return ast.value;
  },
});
