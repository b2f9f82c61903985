/**
 * Conflicts, judged: the raw sides of conflicts.cypher mapped onto the pure rules of
 * src/domain (compare.ts, conflicts.ts, clusters.ts). This is the ONE place where the API (and the
 * CLI, which asks through the API) decides what disagrees; the named query only gathers sides.
 */
import {
  attributedWordsConflict,
  CONFLICT_KINDS,
  compareMembers,
  dateInterval,
  describeInterval,
  eventConflicts,
  nodeVersionConflicts,
  preferredMember,
  readCount,
  type ConflictKind,
  type EventVersion,
  type FoundConflict,
} from '../domain/index.js';
import type { Row } from '../queries/index.js';
import {
  partialDate,
  relEvidence,
  strings,
  type ClusterRecord,
  type ConflictRecord,
  type ConflictSideRecord,
  type EvidenceRecord,
  type MeetingVersionRecord,
  type MemberRecord,
  type NodeRecord,
  type RelRecord,
  type VersionRecord,
  type VersionedRecord,
} from './records.js';

/** conflicts.cypher's one row. */
export interface ConflictSides {
  clusters: ClusterRecord[];
  versioned: VersionedRecord[];
  words: WordsRecord[];
  scanCapped: boolean;
}

interface WordsSide {
  statement: NodeRecord;
  about: RelRecord;
  target: NodeRecord;
}
interface WordsRecord {
  speaker: NodeRecord;
  sides: [WordsSide, WordsSide];
}

type RawEvidence = EvidenceRecord & { dataset?: string };

/** The same span once (a span shared by two datasets' links is one quote). */
function uniqueEvidence(evidence: RawEvidence[]): EvidenceRecord[] {
  const seen = new Map<string, EvidenceRecord>();
  for (const { sourceId, start, end, quote } of evidence)
    seen.set(`${sourceId}#${start},${end}`, { sourceId, start, end, quote });
  return [...seen.values()].sort(
    (a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start || a.end - b.end,
  );
}

export function conflictSides(row: Row | undefined): ConflictSides {
  const list = <T>(key: string) => (row?.[key] as T[] | undefined) ?? [];
  return {
    clusters: list<ClusterRecord>('clusters').map((c) => ({
      cluster: c.cluster,
      members: c.members.map((m) => ({ ...m, evidence: uniqueEvidence(m.evidence) })),
    })),
    versioned: list<{ node: NodeRecord; versions: Record<string, unknown>[] }>('versioned').map(
      ({ node, versions }) => ({ node, versions: versions.map(versionRecord) }),
    ),
    words: list<WordsRecord>('words'),
    scanCapped: ['clustersCapped', 'versionedCapped', 'wordsCapped'].some((k) => row?.[k] === true),
  };
}

function versionRecord(v: Record<string, unknown>): VersionRecord {
  const { evidence, id, of, dataset, preferred, ...props } = v;
  return {
    id: String(id),
    of: String(of),
    dataset: String(dataset),
    preferred: preferred === true,
    props,
    evidence: uniqueEvidence((evidence as RawEvidence[] | undefined) ?? []),
  };
}

// --- Versions -------------------------------------------------------------------------------

/** A cluster's members as versions of one meeting, the preferred member first. */
export function meetingVersions(cluster: ClusterRecord): MeetingVersionRecord[] {
  const sorted = [...cluster.members].sort((a, b) => compareMembers(a.node, b.node));
  return sorted.map((member, i) => ({ ...member, preferred: i === 0 }));
}

/** The dataset(s) that define a node, as one string. */
export const datasetOf = (node: NodeRecord): string => strings(node.datasets).join(', ');

/** A node one dataset defines is its own only version (its evidence is all the node's). */
export function ownVersion(node: NodeRecord): VersionRecord {
  const {
    id,
    labels: _labels,
    datasets: _datasets,
    preferredDataset: _p,
    nameKeys: _keys,
    ...props
  } = node;
  const dataset = datasetOf(node);
  return { id: `${id}@${dataset}`, of: id, dataset, preferred: true, props, evidence: null };
}

// --- Conflicts --------------------------------------------------------------------------------

const VERDICT = {
  conflicts: 'CONFLICTS',
  'cannot-compare': 'CANNOT_COMPARE',
  differs: 'DIFFERS',
} as const;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** One member's side of a cluster conflict: the value of the field the conflict is about. */
function memberSide(
  kind: ConflictKind,
  member: MemberRecord,
  preferred: boolean,
): ConflictSideRecord {
  const { node } = member;
  const base = {
    node,
    value: null,
    reading: null,
    date: null,
    participants: null,
    stance: null,
    dataset: datasetOf(node),
    preferred,
    claimedBy: member.claimedBy,
    evidence: member.evidence,
  };
  if (kind === 'EVENT_DATE') {
    const date = partialDate(node, 'date');
    const interval = date ? dateInterval(date) : undefined;
    return {
      ...base,
      value: date?.value ?? null,
      date,
      reading: interval && typeof interval !== 'string' ? describeInterval(interval) : null,
    };
  }
  if (kind === 'COUNT') {
    const count = text(node.count);
    return { ...base, value: count, reading: readCount(count).reading };
  }
  if (kind === 'PARTICIPANTS') {
    const people = member.participants.map((p) => p.node);
    return {
      ...base,
      value: people.map((p) => text(p.name) ?? p.id).join(', '),
      participants: people,
    };
  }
  return { ...base, value: text(kind === 'PLACE' ? node.place : node.kind) };
}

/** Where the members of one cluster disagree; the subject is the preferred member. */
export function clusterConflicts(cluster: ClusterRecord): ConflictRecord[] {
  const preferred = preferredMember(cluster.members.map((m) => m.node));
  if (!preferred) return [];
  const byId = new Map(cluster.members.map((m) => [m.node.id, m]));
  const versions: EventVersion[] = cluster.members.map(({ node, participants }) => ({
    key: node.id,
    label: datasetOf(node),
    date:
      typeof node.date === 'string'
        ? { value: node.date, approximate: node.dateApproximate === true }
        : null,
    count: text(node.count),
    place: text(node.place),
    kind: text(node.kind),
    participants: participants.map((p) => ({
      id: p.node.id,
      name: text(p.node.name) ?? p.node.id,
    })),
  }));
  return eventConflicts(versions).map((found) =>
    record(found, preferred, (key) => {
      const member = byId.get(key);
      return member ? [memberSide(found.kind, member, key === preferred.id)] : [];
    }),
  );
}

/** Where the datasets' versions of one shared node word a field differently. */
export function versionConflicts({ node, versions }: VersionedRecord): ConflictRecord[] {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const found = nodeVersionConflicts(
    versions.map((v) => ({
      key: v.id,
      label: v.dataset,
      name: text(v.props.name),
      kind: text(v.props.kind),
      description: text(v.props.description),
    })),
  );
  const field = { NAME: 'name', KIND: 'kind', DESCRIPTION: 'description' } as Record<
    string,
    string
  >;
  return found.map((c) =>
    record(c, node, (key) => {
      const v = byId.get(key);
      if (!v) return [];
      return [
        {
          node: null,
          value: text(v.props[field[c.kind] ?? '']),
          reading: null,
          date: null,
          participants: null,
          stance: null,
          dataset: v.dataset,
          preferred: v.preferred,
          claimedBy: null,
          evidence: v.evidence ?? [],
        },
      ];
    }),
  );
}

/** Two datasets' statements by one speaker with opposed stances on one thing. */
export function wordsConflicts({ speaker, sides }: WordsRecord): ConflictRecord[] {
  const [a, b] = sides;
  const label = (s: WordsSide) => datasetOf(s.statement);
  const found = attributedWordsConflict(
    { key: a.statement.id, label: label(a), stance: String(a.about.stance) },
    { key: b.statement.id, label: label(b), stance: String(b.about.stance) },
  );
  if (!found) return [];
  const target = text(a.target.name) ?? text(a.target.text) ?? a.target.id;
  const explained = { ...found, explanation: `About ${target}: ${found.explanation}` };
  return [
    record(explained, speaker, (key) =>
      sides
        .filter((s) => s.statement.id === key)
        .map((s) => ({
          node: s.statement,
          value: text(s.statement.text),
          reading: text(s.about.claim),
          date: partialDate(s.statement, 'saidAt'),
          participants: null,
          stance: String(s.about.stance).toUpperCase(),
          dataset: label(s),
          preferred: false,
          claimedBy: null,
          evidence: relEvidence(s.about),
        })),
    ),
  ];
}

function record(
  found: FoundConflict,
  subject: NodeRecord,
  sidesOf: (key: string) => ConflictSideRecord[],
): ConflictRecord {
  return {
    kind: found.kind,
    verdict: VERDICT[found.verdict],
    subject,
    explanation: found.explanation,
    sides: found.keys.flatMap(sidesOf),
  };
}

const VERDICT_ORDER = ['CONFLICTS', 'CANNOT_COMPARE', 'DIFFERS'];

/** Every conflict of the sides, strongest first, then by kind, then by subject id. */
export function judge(sides: ConflictSides, kinds?: readonly ConflictKind[]): ConflictRecord[] {
  const all = [
    ...sides.clusters.flatMap(clusterConflicts),
    ...sides.versioned.flatMap(versionConflicts),
    ...sides.words.flatMap(wordsConflicts),
  ];
  return all
    .filter((c) => !kinds || kinds.includes(c.kind))
    .sort(
      (x, y) =>
        VERDICT_ORDER.indexOf(x.verdict) - VERDICT_ORDER.indexOf(y.verdict) ||
        CONFLICT_KINDS.indexOf(x.kind) - CONFLICT_KINDS.indexOf(y.kind) ||
        x.subject.id.localeCompare(y.subject.id),
    );
}
