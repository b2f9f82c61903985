import {
  dateSortKey,
  type ConflictKind as ConflictKindName,
  type DateMatch,
  type Precision,
} from '../domain/index.js';

/**
 * What resolvers pass between them: plain rows from the named queries (see src/queries/).
 * GraphQL types map onto these (codegen.ts `mappers`), so resolver signatures are checked.
 */

/** Any node: its properties, plus its labels. */
export type NodeRecord = { id: string; labels: string[] } & Record<string, unknown>;

/** A relationship's properties. */
export type RelRecord = Record<string, unknown>;

export interface EvidenceRecord {
  sourceId: string;
  start: number;
  end: number;
  quote: string;
}

/** The sentence around an evidence span, as the loader stored it (null parts when it did not). */
export interface SentenceRecord {
  sentence: string | null;
  sentenceStart: number | null;
  sentenceEnd: number | null;
}

export interface PartialDateRecord {
  value: string;
  precision: Precision;
  start: string | null;
  end: string | null;
  text: string | null;
  inferred: boolean;
  inferredFrom: string | null;
  approximate: boolean;
  sortKey: string;
}

export interface ParticipantRecord {
  node: NodeRecord;
  rel: RelRecord;
}
export interface AboutRecord {
  target: NodeRecord;
  rel: RelRecord;
}
export interface RecusalRecord {
  person: NodeRecord;
  matter: NodeRecord;
  rel: RelRecord;
}
export interface SpokeForRecord {
  spokesperson: NodeRecord;
  principal: NodeRecord;
  rel: RelRecord;
}
export interface PathStepRecord {
  from: NodeRecord;
  to: NodeRecord;
  rel: RelRecord & { type: string };
}
export interface PathRecord {
  steps: PathStepRecord[];
}
export interface TimelineRecord {
  node: NodeRecord;
  role: string;
  dateMatch: DateMatch | null;
  /** Set when the entry is a recusal announced at the event (node is then the matter). */
  recusal?: RecusalRecord | null;
}
/** A CALLED_FOR relationship with its two ends (demands.cypher). */
export interface DemandRecord {
  by: NodeRecord;
  of: NodeRecord;
  rel: RelRecord;
}
export interface DemandEdgeRecord {
  node: DemandRecord;
  cursor: string;
}
export interface DemandConnectionRecord {
  edges: DemandEdgeRecord[];
  hasNextPage: boolean;
  totalCount: number;
}
export interface SearchHitRecord {
  node: NodeRecord;
  score: number;
  field: string;
  /** The quote that matched, when field is `evidence`. */
  evidence: EvidenceRecord | null;
}
export interface DeniedFactRecord {
  fact: NodeRecord;
  about: RelRecord;
}
/** A statement defending or qualifying a denial, with its ABOUT relationship to the denial. */
export interface ResponseRecord {
  statement: NodeRecord;
  about: RelRecord;
}
/** What a matter or proposition CONCERNS, with the relationship (whose words, their evidence). */
export interface ConcernRecord {
  target: NodeRecord;
  rel: RelRecord;
}
export interface ContradictionRecord {
  statement: NodeRecord;
  speaker: NodeRecord;
  denied: DeniedFactRecord[];
  responses: ResponseRecord[];
}
/** One row of citations.cypher: a chain of citing sources, cited first, and what went through it. */
export interface CitationChainRecord {
  attribution: string;
  reportedBy: string;
  cited: string;
  chain: { id: string; title: string; publisher: string | null }[];
  statements: { id: string; text: string }[];
}
export interface EdgeRecord {
  node: NodeRecord;
  cursor: string;
  /** How the node's date lies in a from/to window (null without one, and for people). */
  dateMatch?: DateMatch | null;
}
export interface ConnectionRecord {
  edges: EdgeRecord[];
  hasNextPage: boolean;
  /** Null when the query did not ask for totalCount: counting reads every match, a page does not. */
  totalCount: number | null;
}

/** The date stored as `<prefix>`, `<prefix>Precision`, `<prefix>Start`, … on a node or relationship. */
export function partialDate(
  props: Record<string, unknown>,
  prefix: string,
): PartialDateRecord | null {
  const value = props[prefix];
  if (typeof value !== 'string') return null;
  const text = (key: string) =>
    typeof props[`${prefix}${key}`] === 'string' ? (props[`${prefix}${key}`] as string) : null;
  return {
    value,
    precision: (text('Precision') ?? 'day') as PartialDateRecord['precision'],
    start: text('Start'),
    end: text('End'),
    text: text('Text'),
    inferred: props[`${prefix}Inferred`] === true,
    inferredFrom: text('InferredFrom'),
    approximate: props[`${prefix}Approximate`] === true,
    // Stored by the seed; worked out from the value for a graph seeded before sort keys were.
    sortKey: text('SortKey') ?? dateSortKey(value) ?? value,
  };
}

/** A relationship's evidence, stored as parallel lists on it. */
export function relEvidence(rel: RelRecord): EvidenceRecord[] {
  const list = (key: string) => (Array.isArray(rel[key]) ? (rel[key] as unknown[]) : []);
  const quotes = list('evidenceQuotes');
  return quotes.map((quote, i) => ({
    sourceId: String(list('evidenceSourceIds')[i]),
    start: Number(list('evidenceStarts')[i]),
    end: Number(list('evidenceEnds')[i]),
    quote: String(quote),
  }));
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** One member of a same-event cluster, as conflicts.cypher gives it. */
export interface MemberRecord {
  node: NodeRecord;
  participants: ParticipantRecord[];
  /** The statement the member is known from, when only a claim (with its speaker's id and name). */
  claimedBy: NodeRecord | null;
  evidence: EvidenceRecord[];
}
/** A same-event cluster: its id (the smallest member id) and its members. */
export interface ClusterRecord {
  cluster: string;
  members: MemberRecord[];
}
/** A member shown as one version of its meeting. */
export interface MeetingVersionRecord extends MemberRecord {
  preferred: boolean;
}
/** One dataset's version of a shared node: a Version node, or the node itself when one dataset defines it. */
export interface VersionRecord {
  id: string;
  /** The node whose version it is. */
  of: string;
  dataset: string;
  preferred: boolean;
  /** The version's own properties (name, aliases, description, kind, …). */
  props: Record<string, unknown>;
  /** This dataset's evidence; null when it is all the node's (a node one dataset defines). */
  evidence: EvidenceRecord[] | null;
}
/** A shared node and its Version nodes, as conflicts.cypher gives them. */
export interface VersionedRecord {
  node: NodeRecord;
  versions: VersionRecord[];
}
export interface ConflictSideRecord {
  node: NodeRecord | null;
  value: string | null;
  reading: string | null;
  date: PartialDateRecord | null;
  participants: NodeRecord[] | null;
  stance: string | null;
  dataset: string;
  preferred: boolean;
  claimedBy: NodeRecord | null;
  evidence: EvidenceRecord[];
}
export interface ConflictRecord {
  kind: ConflictKindName;
  verdict: 'CONFLICTS' | 'CANNOT_COMPARE' | 'DIFFERS';
  subject: NodeRecord;
  explanation: string;
  sides: ConflictSideRecord[];
}
export interface ConflictListRecord {
  items: ConflictRecord[];
  totalCount: number;
  truncated: boolean;
  scanCapped: boolean;
}
