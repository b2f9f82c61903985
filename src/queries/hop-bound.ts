import { invariant, TestimonyError } from '../errors.js';

/** The longest path the path queries search: the API's and the CLI's maxHops range. */
export const MAX_HOPS = { min: 1, max: 10 } as const;

/**
 * The placeholder of a variable-length bound in a .cypher file: `[*..10 /* maxHops *\/]`.
 * Cypher takes no parameter there ($maxHops would be a syntax error), so the file carries a
 * literal that Neo4j Browser runs as written, and the API and CLI rewrite it here.
 */
const PLACEHOLDER = /\*\.\.\d+ \/\* maxHops \*\//g;

/**
 * The query with its search bounded by maxHops, so the shortest-path search stops there instead
 * of exploring ten hops and filtering afterwards. The only text ever spliced into Cypher, and
 * only a whole number from 1 to 10.
 */
export function boundHops(text: string, maxHops: unknown): string {
  if (
    typeof maxHops !== 'number' ||
    !Number.isInteger(maxHops) ||
    maxHops < MAX_HOPS.min ||
    maxHops > MAX_HOPS.max
  ) {
    throw new TestimonyError(
      'USAGE',
      `maxHops must be a whole number from ${MAX_HOPS.min} to ${MAX_HOPS.max}; got ${String(maxHops)}.`,
    );
  }
  // A query that takes $maxHops but lost its placeholder would silently search ten hops again.
  invariant(text.search(PLACEHOLDER) >= 0, 'a query with $maxHops has no [*..n /* maxHops */]');
  return text.replace(PLACEHOLDER, `*..${maxHops} /* maxHops */`);
}
