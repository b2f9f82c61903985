import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from './context.js';
import type { Neighbour } from './loaders.js';
import { selectedPath } from './lookahead.js';
import type { NodeRecord } from './records.js';

interface Fetched extends Neighbour {
  participants?: (Neighbour & { statements?: Neighbour[] })[];
}

const plain = ({ rel, node }: Neighbour): Neighbour => ({ rel, node });

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
  const [row] = await ctx.executor.read('person-neighbourhood', {
    id,
    participants,
    statements,
    limit: ctx.loaders.neighbourLimit,
  });
  if (!row) return undefined;
  const person = row.node as NodeRecord;
  const meetings = row.meetings as Fetched[];
  ctx.loaders.prime.node(person);
  ctx.loaders.prime.neighbours(id, 'PARTICIPATED_IN', 'out', meetings.map(plain));
  for (const meeting of participants ? meetings : []) {
    ctx.loaders.prime.neighbours(
      meeting.node.id,
      'PARTICIPATED_IN',
      'in',
      (meeting.participants ?? []).map(plain),
    );
    for (const participant of statements ? (meeting.participants ?? []) : []) {
      ctx.loaders.prime.neighbours(
        participant.node.id,
        'MADE',
        'out',
        (participant.statements ?? []).map(plain),
      );
    }
  }
  return person;
}
