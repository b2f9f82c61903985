import { describe, expect, it } from 'vitest';
import { InvariantError, invariant, isTestimonyError } from '../../src/errors.js';

describe('invariant', () => {
  it('returns when the condition holds', () => {
    expect(() => invariant(1, 'never thrown')).not.toThrow();
  });

  it.each([undefined, null, false, 0, ''])(
    'throws an internal error (never a coded TestimonyError) for %j',
    (falsy) => {
      let thrown: unknown;
      try {
        invariant(falsy, 'statement s1 has no speaker');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvariantError);
      expect(isTestimonyError(thrown)).toBe(false);
      expect((thrown as Error).message).toBe(
        'Internal invariant broken: statement s1 has no speaker',
      );
    },
  );
});
