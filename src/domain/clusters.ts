/**
 * Same-event clusters: events of several datasets that say they are the same real-world event
 * (`sameAs`). The loader gives every event `cluster`, the smallest id of its cluster. Where a
 * cluster is shown as ONE meeting (the `meetings` list, a person's meetings), it is shown by its
 * PREFERRED member, and every member is one of its versions.
 *
 * The preferred member is, in order: a recorded event before one known only from a claim
 * (`claimedBy`: a claim is not a fact); then the finer date precision (minute, day, month, year,
 * none); then the smaller id. `cypher/queries/meetings.cypher` orders by the same three keys
 * (an integration test checks that both choose the same member).
 */

const PRECISION_RANK: Record<string, number> = { minute: 0, day: 1, month: 2, year: 3 };

export interface MemberFacts {
  id: string;
  claimedBy?: unknown;
  datePrecision?: unknown;
}

/** Sorts members best first: recorded before claimed, finer date before coarser, then by id. */
export function compareMembers(a: MemberFacts, b: MemberFacts): number {
  const claim = (m: MemberFacts) => (typeof m.claimedBy === 'string' ? 1 : 0);
  const precision = (m: MemberFacts) =>
    typeof m.datePrecision === 'string' ? (PRECISION_RANK[m.datePrecision] ?? 4) : 4;
  return (
    claim(a) - claim(b) || precision(a) - precision(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The member a cluster is shown by (undefined for no members). */
export function preferredMember<T extends MemberFacts>(members: readonly T[]): T | undefined {
  return [...members].sort(compareMembers)[0];
}
