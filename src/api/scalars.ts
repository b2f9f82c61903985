import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { dayProblem, isDayForm } from '../domain/index.js';

function parseDay(value: unknown): string {
  if (typeof value === 'string' && isDayForm(value)) {
    const problem = dayProblem(value);
    if (problem === undefined) return value;
    throw new GraphQLError(`Date ${problem}`, { extensions: { code: 'BAD_USER_INPUT' } });
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
