import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  dateRange,
  hops,
  LIMITS,
  pageSize,
  relationshipTypes,
  searchQuery,
} from '../../../src/api/args.js';
import { decodeCursor, encodeCursor } from '../../../src/api/cursor.js';
import { PATH_TYPES } from '../../../src/domain/index.js';

/** The client error thrown by `run`: a BAD_USER_INPUT naming the argument. */
function badInputOf(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected a BAD_USER_INPUT error, nothing was thrown');
}

describe('pageSize', () => {
  it('defaults, and accepts the bounds', () => {
    expect(pageSize(undefined)).toBe(LIMITS.first.default);
    expect(pageSize(null, 7)).toBe(7);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
  });

  it.each([0, 101, -1, 2.5])('refuses %s, naming the argument and the range', (first) => {
    const error = badInputOf(() => pageSize(first));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(error.message).toBe(`Argument "first" must be between 1 and 100; got ${first}.`);
  });
});

describe('hops', () => {
  it('defaults to 4 and accepts 1 to 10', () => {
    expect(hops(undefined)).toBe(4);
    expect([1, 10].map(hops)).toEqual([1, 10]);
  });

  it('refuses 0 and 11', () => {
    for (const value of [0, 11])
      expect(badInputOf(() => hops(value)).extensions.argument).toBe('maxHops');
  });
});

describe('dateRange', () => {
  it('passes open and ordered ranges through, certainly within them by default', () => {
    expect(dateRange(undefined, null)).toEqual({ from: null, to: null, dates: 'within' });
    expect(dateRange('2016-01-01', '2016-01-01')).toEqual({
      from: '2016-01-01',
      to: '2016-01-01',
      dates: 'within',
    });
    expect(dateRange('2016-01-01', null, 'OVERLAPS')).toEqual({
      from: '2016-01-01',
      to: null,
      dates: 'overlaps',
    });
    expect(dateRange(null, null, null).dates).toBe('within');
  });

  it('refuses from after to, naming from', () => {
    const error = badInputOf(() => dateRange('2017-01-01', '2016-12-31'));
    expect(error.message).toContain('got from 2017-01-01, to 2016-12-31');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
  });
});

describe('relationshipTypes', () => {
  it('defaults to every path type and removes repeats', () => {
    expect(relationshipTypes(null)).toEqual([...PATH_TYPES]);
    expect(relationshipTypes(['MET_WITH', 'MET_WITH', 'MADE'])).toEqual(['MET_WITH', 'MADE']);
  });

  it('refuses an empty list and unknown types, never evidence', () => {
    expect(badInputOf(() => relationshipTypes([])).message).toMatch(/at least one of: MET_WITH/);
    const error = badInputOf(() => relationshipTypes(['MET_WITH', 'EVIDENCED_BY', 'x']));
    expect(error.message).toMatch(/unknown relationship types EVIDENCED_BY, x;/);
  });
});

describe('searchQuery', () => {
  it('lower-cases, requires every word, and escapes Lucene syntax', () => {
    expect(searchQuery('  Sessions   Kislyak ')).toBe('sessions AND kislyak');
    expect(searchQuery('a+b (c) "d" e:f')).toBe('a\\+b AND \\(c\\) AND \\"d\\" AND e\\:f');
    // AND/OR/NOT lose their meaning as operators once lower-cased; && and || are escaped.
    expect(searchQuery('x OR y && z')).toBe('x AND or AND y AND \\&& AND z');
  });

  it('refuses blank and over-long text', () => {
    expect(badInputOf(() => searchQuery('   ')).message).toMatch(/got 0\.$/);
    expect(badInputOf(() => searchQuery('x'.repeat(201))).extensions.argument).toBe('text');
    expect(searchQuery('x'.repeat(200))).toHaveLength(200);
  });
});

describe('cursors', () => {
  it('round-trip the sort key and id, including non-ASCII keys', () => {
    const cursor = encodeCursor('Sergeï Kislyak', 'person:sergey-kislyak');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual({
      afterKey: 'Sergeï Kislyak',
      afterId: 'person:sergey-kislyak',
    });
  });

  it('start from the beginning without one', () => {
    expect(decodeCursor(undefined)).toEqual({ afterKey: null, afterId: null });
    expect(decodeCursor('')).toEqual({ afterKey: null, afterId: null });
  });

  it.each([
    ['not base64 JSON', 'garbage!'],
    ['JSON of the wrong shape', Buffer.from('["a"]').toString('base64url')],
    ['non-string parts', Buffer.from('["a", 1]').toString('base64url')],
  ])('refuse %s', (_what, after) => {
    const error = badInputOf(() => decodeCursor(after));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
