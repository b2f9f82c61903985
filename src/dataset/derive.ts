import { compareMembers } from '../domain/index.js';

/**
 * MET_WITH and SPOKE_FOR are derived, never curated, so that they cannot disagree with what they
 * summarise. They are derived from the graph as all datasets together make it (not per dataset):
 * a same-as cluster of meetings gives ONE MET_WITH per pair of people, carrying every version's
 * evidence, and a spokesperson who spoke for a principal in two reports gets ONE SPOKE_FOR.
 * Pure functions over what the loader read back (see cypher/load/read-meetings.cypher).
 */

export interface Span {
  id: string;
  quote: string;
  start: unknown;
  end: unknown;
  sourceId: string;
}

/** One meeting of a cluster, as the graph holds it. */
export interface MeetingMember {
  id: string;
  props: Record<string, unknown>;
  /** The meeting's own evidence, in the curator's order. */
  evidence: Span[];
  /** Its people, in the curator's order, each with the evidence of their taking part. */
  participants: { id: string; evidence: Span[] }[];
}

export interface DerivedRow {
  type: 'MET_WITH' | 'SPOKE_FOR';
  from: string;
  to: string;
  props: Record<string, unknown>;
}

const DATE_KEYS = (field: string) =>
  [
    '',
    'Precision',
    'SortKey',
    'Start',
    'End',
    'Text',
    'Inferred',
    'InferredFrom',
    'Approximate',
  ].map((suffix) => `${field}${suffix}`);

/** The date properties of `props` named after `from`, renamed after `to` (saidAt -> date). */
function dateOf(props: Record<string, unknown>, from: string, to = from): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const targets = DATE_KEYS(to);
  DATE_KEYS(from).forEach((key, index) => {
    const target = targets[index];
    if (props[key] !== undefined && props[key] !== null && target) out[target] = props[key];
  });
  return out;
}

/** Spans as the parallel lists a relationship carries (relationships cannot point at nodes). */
export function evidenceLists(spans: readonly Span[]): Record<string, unknown[]> {
  const unique = [...new Map(spans.map((span) => [span.id, span])).values()];
  return {
    evidenceIds: unique.map((s) => s.id),
    evidenceQuotes: unique.map((s) => s.quote),
    evidenceStarts: unique.map((s) => s.start),
    evidenceEnds: unique.map((s) => s.end),
    evidenceSourceIds: unique.map((s) => s.sourceId),
  };
}

const isClaim = (m: MeetingMember) => typeof m.props.claimedBy === 'string';
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The order in which a cluster's versions are told (src/domain/clusters.ts, the rule the API's
 * meetings use too): recorded before claimed, then the finer date, then by id. The first one's
 * name and date are the MET_WITH's; every version's evidence follows.
 */
export function rankMembers(members: readonly MeetingMember[]): MeetingMember[] {
  const facts = (m: MeetingMember) => ({
    id: m.id,
    claimedBy: m.props.claimedBy,
    datePrecision: m.props.datePrecision,
  });
  return [...members].sort((a, b) => compareMembers(facts(a), facts(b)));
}

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort();

/** One MET_WITH per pair of people who met in some version of the cluster, in the curator's order. */
export function deriveMeetings(cluster: string, members: readonly MeetingMember[]): DerivedRow[] {
  const ranked = rankMembers(members);
  const lead = ranked[0];
  if (!lead) return [];
  const people = sortedPeople(ranked);
  const rows: DerivedRow[] = [];
  people.forEach((a, i) => {
    for (const b of people.slice(i + 1)) {
      const shared = ranked.filter((m) => has(m, a) && has(m, b));
      if (shared.length === 0) continue;
      rows.push({
        type: 'MET_WITH',
        from: a,
        to: b,
        props: meetingProps(cluster, lead, shared, a, b),
      });
    }
  });
  return rows;
}

const has = (member: MeetingMember, person: string) =>
  member.participants.some((p) => p.id === person);

/** Every person of the cluster, first-seen order across the ranked versions. */
function sortedPeople(ranked: readonly MeetingMember[]): string[] {
  return [...new Set(ranked.flatMap((m) => m.participants.map((p) => p.id)))];
}

function meetingProps(
  cluster: string,
  lead: MeetingMember,
  shared: readonly MeetingMember[],
  a: string,
  b: string,
): Record<string, unknown> {
  const spans = shared.flatMap((m) => [
    ...m.evidence,
    ...(m.participants.find((p) => p.id === a)?.evidence ?? []),
    ...(m.participants.find((p) => p.id === b)?.evidence ?? []),
  ]);
  const claimedBy = sortedUnique(shared.filter(isClaim).map((m) => String(m.props.claimedBy)));
  const counts = shared.flatMap((m) => (typeof m.props.count === 'string' ? [m.props.count] : []));
  const datasets = sortedUnique(shared.flatMap((m) => (m.props.datasets as string[]) ?? []));
  return {
    meetingId: cluster,
    meetingIds: shared.map((m) => m.id).sort(),
    meetingName: lead.props.name,
    ...dateOf(lead.props, 'date'),
    // A claim only when no version of the meeting is recorded as a fact.
    claim: shared.every(isClaim),
    ...(claimedBy.length > 0 ? { claimedBy } : {}),
    ...(counts.length > 0 ? { count: counts } : {}),
    datasets,
    ...evidenceLists(spans),
  };
}

/** A statement made on someone's behalf, as the graph holds it. */
export interface OnBehalfStatement {
  id: string;
  props: Record<string, unknown>;
  evidence: Span[];
}

/** A day as YYYY-MM-DD, from the file (a string) or the graph (a driver Date, whose toString is ISO). */
const dayOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object'
      ? (value as { toString(): string }).toString()
      : undefined;

/**
 * Where a statement sorts: its saidAtSortKey (the order every query uses, see dateSortKey in
 * src/domain/dates.ts), or its first day in a graph seeded before sort keys were stored.
 */
const sortKeyOf = (s: OnBehalfStatement): string | undefined =>
  typeof s.props.saidAtSortKey === 'string' ? s.props.saidAtSortKey : dayOf(s.props.saidAtStart);

/** Dated statements first, earliest first, then by id: the same order whatever was seeded first. */
function byDate(a: OnBehalfStatement, b: OnBehalfStatement): number {
  const da = sortKeyOf(a);
  const db = sortKeyOf(b);
  if (da !== db) return da === undefined ? 1 : db === undefined ? -1 : da < db ? -1 : 1;
  return byId(a, b);
}

/** One SPOKE_FOR per spokesperson and principal, summarising every statement on their behalf. */
export function deriveSpokeFor(
  from: string,
  to: string,
  statements: readonly OnBehalfStatement[],
): DerivedRow | undefined {
  const sorted = [...statements].sort(byDate);
  const first = sorted[0];
  if (!first) return undefined;
  const datasets = sortedUnique(sorted.flatMap((s) => (s.props.datasets as string[]) ?? []));
  return {
    type: 'SPOKE_FOR',
    from,
    to,
    props: {
      statementIds: sorted.map((s) => s.id),
      ...dateOf(first.props, 'saidAt', 'date'),
      datasets,
      ...evidenceLists(sorted.flatMap((s) => s.evidence)),
    },
  };
}
