import { parse, validate, type ValidationRule } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ArgumentValuesRule } from '../../../src/api/rules/argument-values-rule.js';
import { ReadOnlyRule } from '../../../src/api/rules/read-only-rule.js';
import { buildSchema } from '../../../src/api/schema.js';

/** In the style of graphql-js's own rule tests: one rule, one document, the errors it reports. */
const schema = buildSchema();
function errorsOf(rule: ValidationRule, document: string) {
  return validate(schema, parse(document), [rule]).map((error) => ({
    message: error.message,
    extensions: error.extensions,
    locations: error.locations,
  }));
}

describe('ReadOnlyRule', () => {
  it('lets queries through', () => {
    expect(errorsOf(ReadOnlyRule, '{ people { totalCount } }')).toEqual([]);
    expect(errorsOf(ReadOnlyRule, 'query Q { people { totalCount } }')).toEqual([]);
  });

  it.each(['mutation', 'subscription'])('refuses a %s where it is written', (operation) => {
    expect(errorsOf(ReadOnlyRule, `\n  ${operation} M { x }`)).toEqual([
      {
        message: `This API is read-only: it has no ${operation}s. Data is written by the seed loader (npm run seed).`,
        extensions: {},
        locations: [{ line: 2, column: 3 }],
      },
    ]);
  });
});

describe('ArgumentValuesRule', () => {
  const bad = (argument: string, message: string, column: number) => ({
    message: `Argument "${argument}" ${message}`,
    extensions: { code: 'BAD_USER_INPUT', argument },
    locations: [{ line: 1, column }],
  });

  it('accepts valid literals, variables and null', () => {
    for (const document of [
      '{ people(first: 100) { totalCount } }',
      '{ meetings(from: "2016-02-29", to: null) { totalCount } }',
      'query ($n: Int) { people(first: $n) { totalCount } }',
      '{ statements(stance: DENIES) { totalCount } }',
    ])
      expect(errorsOf(ArgumentValuesRule, document), document).toEqual([]);
  });

  it('refuses an integer out of range, naming the range', () => {
    expect(errorsOf(ArgumentValuesRule, '{ people(first: 0) { totalCount } }')).toEqual([
      bad('first', 'must be between 1 and 100; got 0.', 17),
    ]);
  });

  it('refuses an enum value that is not allowed, listing those that are', () => {
    const [error] = errorsOf(ArgumentValuesRule, '{ statements(stance: "denies") { totalCount } }');
    expect(error).toEqual(
      bad('stance', 'must be one of ASSERTS, DENIES, DEFENDS, HEDGES, DEMANDS; got "denies".', 22),
    );
  });

  it.each([
    ['2016-02-30', 'a day that does not exist'],
    ['2016-9-8', 'not YYYY-MM-DD'],
    ['20160908', 'not even a string'],
  ])('refuses the date %s (%s)', (value, _why) => {
    const literal = /^\d+$/.test(value) ? value : `"${value}"`;
    const [error, ...rest] = errorsOf(
      ArgumentValuesRule,
      `{ meetings(from: ${literal}) { totalCount } }`,
    );
    expect(rest).toEqual([]);
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'from' });
    expect(error?.message).toMatch(/^Argument "from" must be a date YYYY-MM-DD that exists/);
  });

  it('reports every bad argument of a document', () => {
    const errors = errorsOf(
      ArgumentValuesRule,
      '{ people(first: 500) { totalCount } paths: meetings(first: -1, from: "x") { totalCount } }',
    );
    expect(errors.map((e) => e.extensions.argument)).toEqual(['first', 'first', 'from']);
  });
});
