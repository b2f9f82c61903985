/**
 * The graph's closed vocabularies, in one place: the dataset schema, the API and the CLI read
 * them from here. The SDL in graphql/ stays the API contract; a unit test checks it agrees.
 */

/** What a statement does with what it is about, as dataset files spell it. */
export const STANCES = ['asserts', 'denies', 'defends', 'hedges', 'demands'] as const;
export type Stance = (typeof STANCES)[number];

/** A stance as the API's `Stance` enum spells it (ASSERTS, ...). */
export type StanceValue = Uppercase<Stance>;

export function stanceValue(stance: Stance): StanceValue {
  return stance.toUpperCase() as StanceValue;
}

/**
 * Whether an answer holds claims (events known only from a statement, and what rests on them),
 * as the named queries spell it ($claims). Include is the default: leaving claims out would hide
 * what the sources say; every claim is marked so that it does not read as a recorded fact.
 */
export const CLAIM_FILTERS = ['include', 'exclude', 'only'] as const;
export type ClaimFilter = (typeof CLAIM_FILTERS)[number];
export const DEFAULT_CLAIM_FILTER: ClaimFilter = 'include';

/** A claim filter as the API's `ClaimFilter` enum spells it (INCLUDE, ...). */
export type ClaimFilterValue = Uppercase<ClaimFilter>;

/** The relationship types a path may follow (never EVIDENCED_BY/FROM_SOURCE: evidence is not a connection). */
export const PATH_TYPES = [
  'MET_WITH',
  'SPOKE_FOR',
  'RECUSED_FROM',
  'PARTICIPATED_IN',
  'MADE',
  'ABOUT',
  'ON_BEHALF_OF',
  'MADE_AT',
  'HOLDS_ROLE',
  'ROLE_AT',
  'CALLED_FOR',
  'PART_OF',
  'REPRESENTS',
  'CONCERNS',
  'CITES',
  'PUBLISHED_BY',
] as const;
export type PathType = (typeof PATH_TYPES)[number];

/** "a, b, c or d": for messages that list a vocabulary. */
export function listOf(values: readonly string[], conjunction = 'or'): string {
  return values.length < 2
    ? values.join('')
    : `${values.slice(0, -1).join(', ')} ${conjunction} ${values.at(-1)}`;
}
