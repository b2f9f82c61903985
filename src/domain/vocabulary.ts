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
 * Who a statement's speaker is: a person, a group ("a growing number of lawmakers"), an
 * organization, or a report speaking in its own voice (a Source: "the report says"). Derived from
 * the speaker's kind when the statement is compiled, so that an analyst can tell a report's narrative
 * sentence from a quoted speaker, and filter by it ($speakerKind in the named queries).
 */
export const SPEAKER_KINDS = ['person', 'group', 'organization', 'report'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];
export type SpeakerKindValue = Uppercase<SpeakerKind>;

/** The speaker kind of a speaker id, by its prefix (person:, group:, org:, source:). */
export function speakerKindOf(speakerId: string): SpeakerKind | undefined {
  const prefix = speakerId.slice(0, speakerId.indexOf(':'));
  const kinds: Record<string, SpeakerKind> = {
    person: 'person',
    group: 'group',
    org: 'organization',
    source: 'report',
  };
  return kinds[prefix];
}

/** How a speaker kind reads in a sentence: "the report says" for a report's own voice. */
export const SPEAKER_KIND_WORDS: Record<SpeakerKind, string> = {
  person: 'a person says',
  group: 'a group says',
  organization: 'an organization says',
  report: 'the report says',
};

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

/**
 * How a from/to window selects dated things, as the named queries spell it ($dates). 'within'
 * (the default) keeps only what certainly lies inside the window: its whole date range does, so
 * "2016" never returns what may have begun in 2016 but ended in 2017, and an interval open at its
 * start is never certainly after a `from`. 'overlaps' keeps whatever may lie inside it (its range
 * overlaps the window), and marks each one not certainly within as 'partial' (DATE_MATCHES).
 */
export const DATE_FILTERS = ['within', 'overlaps'] as const;
export type DateFilter = (typeof DATE_FILTERS)[number];
export const DEFAULT_DATE_FILTER: DateFilter = 'within';

/** A date filter as the API's `DateFilter` enum spells it (WITHIN, OVERLAPS). */
export type DateFilterValue = Uppercase<DateFilter>;

/** How a thing a window selected lies in it: certainly inside, or overlapping it (maybe outside). */
export const DATE_MATCHES = ['within', 'partial'] as const;
export type DateMatch = (typeof DATE_MATCHES)[number];

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
