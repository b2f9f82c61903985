import { describe, expect, it } from 'vitest';
import { API_LIMITS, armorLimitError, foundIn } from '../../../src/api/limits.js';

describe('armor limit errors', () => {
  it('read the value armor found from its message', () => {
    expect(foundIn('Syntax Error: Query depth limit of 10 exceeded, found 12.', 10)).toBe(12);
    expect(foundIn('Syntax Error: Aliases limit of 15 exceeded, found 20.', 15)).toBe(20);
    // A message without the value (another armor version) still refuses, as just over the limit.
    expect(foundIn('Query validation error.', 15)).toBe(16);
  });

  it.each([
    [
      'depth',
      'DEPTH_LIMIT',
      API_LIMITS.maxDepth,
      /^Query depth 12 is over the limit of 10\. Nest fewer/,
    ],
    [
      'aliases',
      'ALIAS_LIMIT',
      API_LIMITS.maxAliases,
      /^Aliases 12 is over the limit of 15\. Use fewer/,
    ],
    [
      'directives',
      'DIRECTIVE_LIMIT',
      API_LIMITS.maxDirectives,
      /^Directives 12 is over the limit of 20\./,
    ],
  ] as const)(
    '%s: %s, a client error with the limit and the value',
    (kind, code, limit, message) => {
      const error = armorLimitError(kind, 12);
      expect(error.message).toMatch(message);
      expect(error.message).not.toMatch(/syntax/i);
      expect(error.extensions).toEqual({ code, limit, actual: 12, http: { status: 400 } });
    },
  );
});
