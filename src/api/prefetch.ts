import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from './context.js';
import type { Neighbour } from './loaders.js';
import { selectedPath } from './lookahead.js';
import { nodeOf, relOf, type Fields } from './projection.js';
import type { NodeRecord } from './records.js';

/** A level as person-neighbourhood.cypher returns it: projected values, unpacked by `plain`. */
interface Fetched {
  rel: unknown;
  node: unknown;
  participants?: (Fetched & { statements?: Fetched[] })[];
}

const plain =
  (fields: Fields) =>
  ({ rel, node }: Fetched): Neighbour => ({ rel: relOf(rel, fields), node: nodeOf(node, fields) });

/**
 * person(id) { meetings { participants { node { statements } } } }, the API's hottest nested
 * question, costs one round trip per level through the DataLoaders. When the query asks for
 * meetings, one query fetches every level it asks for and primes the loaders; the nested resolvers
 * then find their answers cached. Measured in bench/: this is what brings the nested questions
 * near raw Cypher.
 */
export async function prefetchPerson(
  ctx: ApiContext,
  id: string,
  info: GraphQLResolveInfo,
): Promise<NodeRecord | undefined> {
  const participants = selectedPath(info, ['meetings', 'participants']).length > 0;
  const statements =
    participants &&
    selectedPath(info, ['meetings', 'participants', 'node', 'statements']).length > 0;
  const fields = ctx.loaders.fields();
  const [row] = await ctx.executor.read('person-neighbourhood', {
    id,
    participants,
    statements,
    limit: ctx.loaders.neighbourLimit,
    fields,
  });
  if (!row) return undefined;
  const unpack = plain(fields);
  const person = nodeOf(row.node, fields);
  const meetings = row.meetings as Fetched[];
  ctx.loaders.prime.node(person);
  ctx.loaders.prime.neighbours(id, 'PARTICIPATED_IN', 'out', meetings.map(unpack));
  // Only what the query fetched is primed: a meeting's participants, a person's statements.
  for (const meeting of participants ? meetings : []) {
    const event = nodeOf(meeting.node, fields);
    if (event.kind !== 'meeting') continue;
    const people = meeting.participants ?? [];
    ctx.loaders.prime.neighbours(event.id, 'PARTICIPATED_IN', 'in', people.map(unpack));
    for (const participant of statements ? people : []) {
      const node = nodeOf(participant.node, fields);
      if (!node.labels.includes('Person')) continue;
      ctx.loaders.prime.neighbours(
        node.id,
        'MADE',
        'out',
        (participant.statements ?? []).map(unpack),
      );
    }
  }
  return person;
}
