import { describe, expect, it } from 'vitest';
import { boundHops } from '../../src/queries/hop-bound.js';
import { queryText } from '../../src/queries/registry.js';

const TEMPLATE =
  'MATCH p = allShortestPaths((a)-[*..10 /* maxHops */]-(b)) WHERE length(p) <= $maxHops';

describe('boundHops', () => {
  it.each([1, 2, 10])('writes maxHops=%i into the var-length bound', (hops) => {
    expect(boundHops(TEMPLATE, hops)).toContain(`(a)-[*..${hops} /* maxHops */]-(b)`);
  });

  it.each([0, 11, 2.5, '3', '3]-(x) DETACH DELETE x //', null, undefined, Number.NaN])(
    'refuses %s: only a whole number from 1 to 10 reaches the Cypher text',
    (hops) => {
      expect(() => boundHops(TEMPLATE, hops)).toThrow(
        expect.objectContaining({ code: 'USAGE' }) as Error,
      );
    },
  );

  it('is an internal error for a query whose placeholder is gone (it would search 10 hops)', () => {
    expect(() => boundHops('MATCH p = allShortestPaths((a)-[*..10]-(b))', 3)).toThrow(
      /no \[\*\.\.n/,
    );
  });
});

describe('queryText', () => {
  it.each(['shortest-path', 'all-shortest-paths'] as const)(
    '%s is bounded by the maxHops it is given',
    (name) => {
      expect(queryText(name, { maxHops: 3 })).toMatch(/\[\*\.\.3 \/\* maxHops \*\/\]/);
      expect(queryText(name, { maxHops: 3 })).not.toMatch(/\*\.\.10\b/);
    },
  );

  it('leaves queries without $maxHops as they are', () => {
    expect(queryText('stats', { maxHops: 3 })).toBe(queryText('stats'));
  });
});
