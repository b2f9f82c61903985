/**
 * Same-event clusters: events of several datasets that say they are the same real-world event
 * (`sameAs`). The loader gives every event `cluster`, the smallest id of its cluster. Where a
 * cluster is shown as ONE meeting (the `meetings` list, a person's meetings, MET_WITH's name and
 * date), it is shown by its LEADING version, and every member is one of its versions.
 *
 * The leading version is a recorded event before one known only from a claim (`claimedBy`: a
 * claim is not a fact), then the smaller id: mechanical, so that it does not depend on the seed
 * order and judges no report more reliable than another. `cypher/queries/meetings.cypher` orders
 * by the same two keys (an integration test checks that both choose the same member), and so does
 * the loader's MET_WITH (src/dataset/derive.ts, rankMembers).
 */

export interface MemberFacts {
  id: string;
  claimedBy?: unknown;
}

/** Sorts members leading first: recorded before claimed, then by id. */
export function compareMembers(a: MemberFacts, b: MemberFacts): number {
  const claim = (m: MemberFacts) => (typeof m.claimedBy === 'string' ? 1 : 0);
  return claim(a) - claim(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The member a cluster is shown by (undefined for no members). */
export function preferredMember<T extends MemberFacts>(members: readonly T[]): T | undefined {
  return [...members].sort(compareMembers)[0];
}
