/**
 * Where versions of one thing disagree: the versions of a same-event cluster (one event per
 * dataset that describes it), the versions of a shared node (one per dataset that defines it),
 * and two datasets' statements by one speaker about one thing. Pure: the API maps what the
 * named query `conflicts.cypher` returns onto these inputs, and judges with these rules only.
 */
import {
  compareCounts,
  compareDates,
  compareParticipants,
  compareStances,
  compareTexts,
  strongest,
  type Comparison,
  type DateSide,
  type Named,
  type Verdict,
} from './compare.js';

/** What sources can disagree about, in the order conflicts are listed. */
export const CONFLICT_KINDS = [
  'EVENT_DATE',
  'COUNT',
  'PARTICIPANTS',
  'PLACE',
  'ATTRIBUTED_WORDS',
  'NAME',
  'KIND',
  'DESCRIPTION',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export interface FoundConflict {
  kind: ConflictKind;
  verdict: Exclude<Verdict, 'agrees'>;
  /** Why, naming the values (and, for more than two sides, which pair). */
  explanation: string;
  /** The keys of the sides compared, in the order given. */
  keys: string[];
}

interface Side<T> {
  key: string;
  /** How the side is named in explanations: its dataset. */
  label: string;
  value: T;
}

/**
 * Every pair of sides compared; the strongest verdict wins, and the explanation gives each pair
 * that does not agree. Fewer than two sides compare nothing.
 */
function judge<T>(
  kind: ConflictKind,
  sides: Side<T>[],
  compare: (a: Side<T>, b: Side<T>) => Comparison,
): FoundConflict | undefined {
  let verdict: Verdict = 'agrees';
  const reasons: string[] = [];
  sides.forEach((a, i) => {
    for (const b of sides.slice(i + 1)) {
      const result = compare(a, b);
      verdict = strongest(verdict, result.verdict);
      if (result.verdict === 'agrees') continue;
      reasons.push(sides.length > 2 ? `${a.label} / ${b.label}: ${result.reason}` : result.reason);
    }
  });
  if (verdict === 'agrees') return undefined;
  return { kind, verdict, explanation: reasons.join('; '), keys: sides.map((s) => s.key) };
}

const present = <T>(sides: Side<T | null | undefined>[]): Side<T>[] =>
  sides.filter((s): s is Side<T> => s.value !== null && s.value !== undefined && s.value !== '');

/** One event of a same-event cluster, as its dataset describes it. */
export interface EventVersion {
  /** The member event's id. */
  key: string;
  /** Its dataset. */
  label: string;
  date?: DateSide | null;
  /** The count in the source's words; none means the event happened once. */
  count?: string | null;
  place?: string | null;
  kind?: string | null;
  participants: Named[];
}

/**
 * Conflicts between the members of one same-event cluster. Dates are compared when at least two
 * give one; counts when any member gives one (a member without a count is one occurrence); places
 * and kinds when two give one; participants always. Event names are not compared: they are the
 * curators' labels, not what the sources say.
 */
export function eventConflicts(versions: EventVersion[]): FoundConflict[] {
  const side = <T>(v: EventVersion, value: T): Side<T> => ({ key: v.key, label: v.label, value });
  const anyCount = versions.some((v) => v.count);
  return [
    judge('EVENT_DATE', present(versions.map((v) => side(v, v.date))), (a, b) =>
      compareDates(a.value, b.value),
    ),
    anyCount
      ? judge(
          'COUNT',
          versions.map((v) => side(v, v.count ?? null)),
          (a, b) => compareCounts(a.value, b.value),
        )
      : undefined,
    judge(
      'PARTICIPANTS',
      versions.map((v) => side(v, v.participants)),
      (a, b) =>
        compareParticipants(
          { label: a.label, participants: a.value },
          { label: b.label, participants: b.value },
        ),
    ),
    judge('PLACE', present(versions.map((v) => side(v, v.place))), (a, b) =>
      compareTexts(a.value, b.value),
    ),
    judge('KIND', present(versions.map((v) => side(v, v.kind))), (a, b) =>
      compareTexts(a.value, b.value),
    ),
  ].filter((c): c is FoundConflict => c !== undefined);
}

/** One dataset's version of a shared node (a person, organization or country). */
export interface NodeVersion {
  /** The version's id, `<node id>@<dataset>`. */
  key: string;
  /** Its dataset. */
  label: string;
  name?: string | null;
  kind?: string | null;
  description?: string | null;
}

/** Where the datasets' versions of one shared node word a single-valued field differently. */
export function nodeVersionConflicts(versions: NodeVersion[]): FoundConflict[] {
  const text = (kind: ConflictKind, pick: (v: NodeVersion) => string | null | undefined) =>
    judge(
      kind,
      present(versions.map((v) => ({ key: v.key, label: v.label, value: pick(v) }))),
      (a, b) => compareTexts(a.value, b.value),
    );
  return [
    text('NAME', (v) => v.name),
    text('KIND', (v) => v.kind),
    text('DESCRIPTION', (v) => v.description),
  ].filter((c): c is FoundConflict => c !== undefined);
}

/** One dataset's statement by a speaker about a target, with its stance. */
export interface AttributedWords {
  /** The statement's id. */
  key: string;
  label: string;
  stance: string;
}

/** Two datasets attribute opposed stances on one thing to one speaker: one denies what the other asserts or defends. */
export function attributedWordsConflict(
  a: AttributedWords,
  b: AttributedWords,
): FoundConflict | undefined {
  return judge(
    'ATTRIBUTED_WORDS',
    [a, b].map((w) => ({ key: w.key, label: w.label, value: w.stance })),
    (x, y) => compareStances(x.value, y.value),
  );
}
