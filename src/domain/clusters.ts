/**
 * Same-event clusters: events of several datasets that say they are the same real-world event
 * (`sameAs`). The loader gives every event `cluster`, the smallest id of its cluster. Where a
 * cluster is shown as ONE meeting (the `meetings` list, a person's meetings, MET_WITH's name and
 * date), it is shown by its LEADING version, and every member is one of its versions.
 *
 * The leading version is a recorded event before one known only from a claim (`claimedBy`: a
 * claim is not a fact), then the one with the finer date (a day before a month before a year: it
 * says more), then the smaller id: mechanical, so that it does not depend on the seed order and
 * judges no report more reliable than another. `cypher/queries/meetings.cypher` orders by the
 * same keys (an integration test checks that both choose the same member), and the loader's
 * MET_WITH uses compareMembers itself (src/dataset/derive.ts).
 */

export interface MemberFacts {
  id: string;
  claimedBy?: unknown;
  datePrecision?: unknown;
}

/** Finer first; an interval or an unknown date after every single value. */
const PRECISION_RANK: Record<string, number> = { minute: 0, day: 1, month: 2, year: 3 };
const precisionRank = (m: MemberFacts) =>
  typeof m.datePrecision === 'string' ? (PRECISION_RANK[m.datePrecision] ?? 4) : 4;

/** Sorts members leading first: recorded before claimed, then the finer date, then by id. */
export function compareMembers(a: MemberFacts, b: MemberFacts): number {
  const claim = (m: MemberFacts) => (typeof m.claimedBy === 'string' ? 1 : 0);
  return (
    claim(a) - claim(b) ||
    precisionRank(a) - precisionRank(b) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The member a cluster is shown by (undefined for no members). */
export function preferredMember<T extends MemberFacts>(members: readonly T[]): T | undefined {
  return [...members].sort(compareMembers)[0];
}
