import { TestimonyError } from '../errors.js';
import { lookUpEntity, type LookupKind, type Named, type QueryExecutor } from '../queries/index.js';

/**
 * A person from what an analyst types: an id (`person:jeff-sessions`), a name or an alias, in
 * any case (src/queries/people.ts, shared with the API). An unknown name fails with the closest
 * names; an ambiguous one with every match.
 */
export function resolvePerson(executor: QueryExecutor, text: string): Promise<Named> {
  return resolveEntity(executor, text, 'Person');
}

/** A node of any kind (or of one kind: a person, an event, a group) by id, name or alias; see resolvePerson. */
export async function resolveEntity(
  executor: QueryExecutor,
  text: string,
  kind: LookupKind,
): Promise<Named> {
  const what = { Person: 'person', Event: 'event', Group: 'group', any: 'person or other node' }[
    kind
  ];
  const lookup = await lookUpEntity(executor, text, kind);
  if ('found' in lookup) return lookup.found;
  if ('ambiguous' in lookup) {
    const matches = lookup.ambiguous;
    throw new TestimonyError(
      'AMBIGUOUS',
      `"${text}" names ${matches.length} ${kind === 'Person' ? 'people' : 'nodes'}:\n${matches.map((m) => `  ${m.name} (${m.id})`).join('\n')}`,
      {
        hint: 'Give the full name, or the id.',
      },
    );
  }
  if (lookup.missing === 'id')
    throw new TestimonyError(
      'NOT_FOUND',
      `No ${kind === 'Event' || kind === 'Group' ? what : 'node'} has the id ${text}.`,
    );
  const list =
    lookup.closest.length > 0
      ? `\nClosest names:\n${lookup.closest.map((c) => `  ${c.name} (${c.id})`).join('\n')}`
      : '';
  throw new TestimonyError('NOT_FOUND', `No ${what} is called "${text}".${list}`, {
    hint: 'Names and aliases match in any case; `testimony search <words>` finds more.',
  });
}
