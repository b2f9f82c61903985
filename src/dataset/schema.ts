import { STANCES, parseDateValue } from '../domain/index.js';
import { z } from 'zod';
import {
  invisibleCharacterProblem,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_QUOTE_LENGTH,
} from './text-rules.js';

/**
 * The dataset format, in one place: this zod schema validates a curated file AND gives the
 * TypeScript types of everything downstream. Cross-references (unknown ids, wrong kinds of
 * node) and evidence anchoring are checked afterwards in validate.ts, with the whole file in view.
 */

const SLUG = '[a-z0-9][a-z0-9-]*';

/** Id prefix per kind of node: `person:jeff-sessions`, `org:heritage-foundation`, … */
export const KINDS = {
  person: 'Person',
  org: 'Organization',
  country: 'Country',
  proposition: 'Proposition',
  group: 'Group',
  event: 'Event',
  statement: 'Statement',
  matter: 'Matter',
  role: 'Role',
  source: 'Source',
} as const;
export type IdPrefix = keyof typeof KINDS;
export type NodeLabel = (typeof KINDS)[IdPrefix];

/** Refuses zero-width and bidirectional control characters, before any other check of the string. */
const visible = (value: string, ctx: z.RefinementCtx) => {
  const problem = invisibleCharacterProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, continue: false });
};
const atMost = (max: number, what: string, why = 'Neo4j indexes it') =>
  `at most ${max} characters in ${what} (${why}; see docs/model.md)`;

const idString = (pattern: RegExp, message: string) =>
  z
    .string()
    .superRefine(visible)
    .max(MAX_ID_LENGTH, atMost(MAX_ID_LENGTH, 'an id'))
    .regex(pattern, message);

export const idOf = (...prefixes: IdPrefix[]) =>
  idString(
    new RegExp(`^(${prefixes.join('|')}):${SLUG}$`),
    `expected an id like ${prefixes[0]}:some-name`,
  );
const anyId = idOf(...(Object.keys(KINDS) as IdPrefix[]));

const text = z.string().trim().min(1);
/** A name, alias or title: what people search for and compare, so one Unicode form (NFC). */
const nameText = z
  .string()
  .trim()
  .normalize('NFC')
  .min(1)
  .superRefine(visible)
  .max(MAX_NAME_LENGTH, atMost(MAX_NAME_LENGTH, 'a name'));

export const selectorSchema = z.strictObject({
  /** Matched exactly as written, not normalised: the offsets are those of the source text. */
  quote: z
    .string()
    .min(1)
    .max(
      MAX_QUOTE_LENGTH,
      atMost(MAX_QUOTE_LENGTH, 'a quote', 'quotes are copied onto the facts they support'),
    ),
  prefix: z.string().min(1).optional(),
  suffix: z.string().min(1).optional(),
  /** Where the quote starts in the source, when known (W3C TextPositionSelector): checked, not searched. */
  start: z.number().int().nonnegative().optional(),
  /** Defaults to the dataset's only source document. */
  source: idOf('source').optional(),
});
const evidence = z.array(selectorSchema).min(1, 'every fact needs at least one evidence quote');

/**
 * Whether a curator has reviewed an item that a tool proposed (`testimony draft`): `pending`
 * until accepted. The seed refuses pending items (see review.ts) unless told to accept them; an
 * item without the field was written by hand and needs no review.
 */
export const REVIEW_STATES = ['pending', 'accepted'] as const;
const review = z.enum(REVIEW_STATES).optional();

export const partialDateSchema = z
  .strictObject({
    /** EDTF-style value; its precision follows from its form (see src/domain/dates.ts). */
    value: z.string(),
    /** The report's own words, e.g. "Wednesday evening", "July 2016". */
    text: text.optional(),
    /** Set when the value needed inference: from what, e.g. "Wednesday before the report of 2 March 2017". */
    inferred: text.optional(),
    /** "shortly after 4 p.m.": the value is close, not exact. */
    approximate: z.boolean().optional(),
  })
  .superRefine((date, ctx) => {
    const parsed = parseDateValue(date.value);
    if (typeof parsed === 'string')
      ctx.addIssue({ code: 'custom', path: ['value'], message: parsed });
  });

export const MEDIA = [
  'news-conference',
  'written-statement',
  'hearing-testimony',
  'tweet',
  'article',
  'public-calls',
] as const;
export const EVENT_KINDS = [
  'meeting',
  'hearing',
  'news-conference',
  'convention',
  'public-event',
  'conversations',
] as const;
export const PARTICIPANT_ROLES = [
  'attendee',
  'host',
  'speaker',
  'nominee',
  'questioner',
  'witness',
  'approached',
] as const;

const personSchema = z.strictObject({
  id: idOf('person'),
  review,
  name: nameText,
  /** Set when the name is a normalisation the report does not spell out (it says only "Sessions"). */
  nameInferred: text.optional(),
  aliases: z.array(nameText).default([]),
  description: text.optional(),
  evidence,
});

const organizationSchema = z.strictObject({
  id: idOf('org'),
  review,
  name: nameText,
  kind: z.enum([
    'committee',
    'think-tank',
    'campaign',
    'department',
    'media-outlet',
    'organization',
  ]),
  /** Set when the name is the curator's wording, not the report's (why, and what the report says). */
  nameInferred: text.optional(),
  aliases: z.array(nameText).default([]),
  description: text.optional(),
  evidence,
});

const countrySchema = z.strictObject({
  id: idOf('country'),
  review,
  name: nameText,
  /** How the report names it, e.g. "British" for the United Kingdom. */
  aliases: z.array(nameText).default([]),
  evidence,
});

/**
 * One country of a group, as a link of its own: the quote that names it and, when only a
 * speaker's statement lists it (Flores' list of ambassadors), that statement (`claimedBy`), so
 * the link is marked a claim on every surface.
 */
const representsSchema = z.strictObject({
  ref: idOf('country'),
  /** The statement the link rests on, when it is someone's claim rather than the report's narration. */
  claimedBy: idOf('statement').optional(),
  /** Defaults to the group's evidence. */
  evidence: evidence.optional(),
});

const groupSchema = z.strictObject({
  id: idOf('group'),
  review,
  name: nameText,
  /** Set when the name is the curator's wording, not the report's (why, and what the report says). */
  nameInferred: text.optional(),
  description: text.optional(),
  partOf: idOf('org').optional(),
  /**
   * Countries whose ambassadors the group is made of (REPRESENTS): an id, or a link with its own
   * evidence and, when only someone's statement says so, the statement it rests on.
   */
  represents: z.array(z.union([idOf('country'), representsSchema])).default([]),
  evidence,
});

const concernSchema = z.strictObject({
  ref: anyId,
  /** The statement whose words draw the matter so (a quote of the speaker, or the report's paraphrase). */
  statement: idOf('statement').optional(),
  evidence,
});

const matterSchema = z.strictObject({
  id: idOf('matter'),
  review,
  name: nameText,
  kind: z.enum(['investigation', 'matter']),
  /** Set when the name is the curator's wording, not the report's (why, and what the report says). */
  nameInferred: text.optional(),
  /**
   * What the matter concerns: an id, or an id with the words that say so (their own evidence) and
   * the statement whose words they are, when two accounts draw the matter differently (Sessions'
   * "the campaigns" beside the report's paraphrase "the Trump campaign").
   */
  concerns: z.array(z.union([anyId, concernSchema])).default([]),
  evidence,
});

/** A proposition: what a statement denies or asserts when it is no node of the graph ("meetings with Russian operatives"). */
const propositionSchema = z.strictObject({
  id: idOf('proposition'),
  review,
  /** The proposition in the report's words. */
  text,
  /** The nodes it speaks of (the Trump campaign, Russia): mentioned, not asserted. */
  concerns: z.array(anyId).default([]),
  evidence,
});

const participantSchema = z.strictObject({
  ref: idOf('person', 'group', 'org'),
  role: z.enum(PARTICIPANT_ROLES),
  /** Set when the participation or its role is the curator's reading (a "Heritage Foundation event" as its host): why. */
  inferred: text.optional(),
  /** Defaults to the event's evidence. */
  evidence: evidence.optional(),
});

const eventSchema = z.strictObject({
  id: idOf('event'),
  review,
  kind: z.enum(EVENT_KINDS),
  name: nameText,
  /** Set when the name is the curator's wording, not the report's (why, and what the report says). */
  nameInferred: text.optional(),
  date: partialDateSchema.optional(),
  place: text.optional(),
  partOf: idOf('event').optional(),
  /** Set when the event's being part of `partOf` is inferred (from the word "during"): why. */
  partOfInferred: text.optional(),
  /** The event is known only from this statement's claim, not from the report's narration. */
  claimedBy: idOf('statement').optional(),
  /** A count in the report's words, e.g. "over 25". */
  count: text.optional(),
  /**
   * Other datasets' events (or this one's) that are the same real-world event: the cluster is
   * presented as one meeting carrying every version (see docs/model.md, same-as clusters).
   */
  sameAs: z.array(idOf('event')).default([]),
  participants: z.array(participantSchema).default([]),
  evidence,
});

const aboutSchema = z.strictObject({
  ref: anyId,
  stance: z.enum(STANCES),
  /** What is claimed of the target, in a few words. */
  claim: text.optional(),
  /** Set when linking the statement to this target needed inference: why. */
  inferred: text.optional(),
  evidence: evidence.optional(),
});

const statementSchema = z.strictObject({
  id: idOf('statement'),
  review,
  speaker: idOf('person', 'group', 'org', 'source'),
  saidAt: partialDateSchema.optional(),
  medium: z.enum(MEDIA),
  text,
  /** An exact quote of the speaker, or the report's paraphrase. */
  textKind: z.enum(['quote', 'paraphrase']),
  onBehalfOf: idOf('person').optional(),
  /** The event it was made at (the news conference, the hearing). */
  at: idOf('event').optional(),
  about: z.array(aboutSchema).default([]),
  evidence,
});

const roleSchema = z.strictObject({
  id: idOf('role'),
  review,
  holder: idOf('person'),
  title: nameText,
  /** Set when the title is the curator's wording, not the report's: why. */
  titleInferred: text.optional(),
  /** The role is known only from this statement's words (a claim, not the report's narration). */
  claimedBy: idOf('statement').optional(),
  /** Where or for whom the role is held: an organization, a country, or a principal. */
  at: idOf('org', 'country', 'person').optional(),
  /** When the report shows the role held (not its whole span, which it rarely gives). */
  during: partialDateSchema.optional(),
  evidence,
});

const recusalSchema = z.strictObject({
  id: idString(new RegExp(`^recusal:${SLUG}$`), 'expected an id like recusal:some-name'),
  review,
  person: idOf('person'),
  matter: idOf('matter'),
  announcedAt: partialDateSchema,
  /** The scope in the speaker's own words. */
  scope: text,
  statement: idOf('statement'),
  evidence,
});

const demandSchema = z.strictObject({
  id: idString(new RegExp(`^demand:${SLUG}$`), 'expected an id like demand:some-name'),
  review,
  by: idOf('group', 'person', 'org'),
  of: idOf('person'),
  action: z.enum(['resign', 'recuse']),
  from: idOf('matter').optional(),
  statement: idOf('statement'),
  evidence,
});

const sourceSchema = z.strictObject({
  id: idOf('source'),
  review,
  title: nameText,
  /** Set when the title is the curator's description (the text carries no headline). */
  titleInferred: text.optional(),
  kind: z.enum(['news-report', 'tweet', 'written-statement', 'transcript']),
  publisher: idOf('org').optional(),
  publishedAt: partialDateSchema.optional(),
  /** The source text, relative to the dataset file; only documents we hold have one. */
  file: text.optional(),
  /** A source known only because another one cites it (e.g. an embedded tweet). */
  citedBy: idOf('source').optional(),
  /** Sources this one cites (another dataset's source may be named; it is not redefined). */
  cites: z.array(idOf('source')).default([]),
  evidence: evidence.optional(),
});

export const datasetSchema = z.strictObject({
  dataset: z
    .string()
    .max(MAX_ID_LENGTH, atMost(MAX_ID_LENGTH, 'a dataset name'))
    .regex(new RegExp(`^${SLUG}$`), 'expected a name of lower-case letters, digits and dashes'),
  description: text.optional(),
  sources: z.array(sourceSchema).min(1, 'a dataset needs at least one source'),
  people: z.array(personSchema).default([]),
  organizations: z.array(organizationSchema).default([]),
  countries: z.array(countrySchema).default([]),
  groups: z.array(groupSchema).default([]),
  matters: z.array(matterSchema).default([]),
  propositions: z.array(propositionSchema).default([]),
  events: z.array(eventSchema).default([]),
  statements: z.array(statementSchema).default([]),
  roles: z.array(roleSchema).default([]),
  recusals: z.array(recusalSchema).default([]),
  demands: z.array(demandSchema).default([]),
});

/** The dataset's collections of items, in file order: one list for every check that walks them. */
export const COLLECTIONS = [
  'sources',
  'people',
  'organizations',
  'countries',
  'groups',
  'matters',
  'propositions',
  'events',
  'statements',
  'roles',
  'recusals',
  'demands',
] as const;

export type Dataset = z.infer<typeof datasetSchema>;
export type QuoteSelectorInput = z.infer<typeof selectorSchema>;
export type PartialDateInput = z.infer<typeof partialDateSchema>;
export type Person = z.infer<typeof personSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type RepresentsInput = z.infer<typeof representsSchema>;

/** A group's country link, whichever way it is written (an id, or an object with its evidence). */
export const representsLink = (link: string | RepresentsInput): RepresentsInput =>
  typeof link === 'string' ? { ref: link } : link;

export function prefixOf(id: string): IdPrefix | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return prefix in KINDS ? (prefix as IdPrefix) : undefined;
}
