import { GraphQLError } from 'graphql';
import { lookUpEntity, type LookupKind } from '../queries/index.js';
import type { ApiContext } from './context.js';

/** How an error names what was looked for. */
const KIND_WORDS: Record<LookupKind, string> = {
  Person: 'person',
  Event: 'event',
  Group: 'group',
  any: 'person or other node',
};

const list = (nodes: { id: string; name: string }[]) => nodes.map(({ id, name }) => ({ id, name }));

/**
 * An argument that expects a person or a node: an id, or a name or alias in any case. Unknown:
 * NOT_FOUND with the closest names (extensions.closest); several matches: AMBIGUOUS with each
 * (extensions.candidates). So "no answer" never hides "wrong argument". Absent stays null.
 */
export async function nodeIdArg(
  ctx: ApiContext,
  argument: string,
  text: string | null | undefined,
  kind: LookupKind,
): Promise<string | null> {
  if (text === null || text === undefined) return null;
  const lookup = await lookUpEntity(ctx.executor, text, kind);
  if ('found' in lookup) return lookup.found.id;
  const what = KIND_WORDS[kind];
  if ('ambiguous' in lookup)
    throw new GraphQLError(
      `Argument "${argument}" "${text}" names ${lookup.ambiguous.length} ${kind === 'Person' ? 'people' : 'nodes'}; give the full name or the id.`,
      { extensions: { code: 'AMBIGUOUS', argument, candidates: list(lookup.ambiguous) } },
    );
  const closest = lookup.closest.map((c) => `${c.name} (${c.id})`).join(', ');
  const idOf = kind === 'Event' || kind === 'Group' ? what : 'node';
  const missing = lookup.missing === 'id' ? `${idOf} has the id` : `${what} is called`;
  throw new GraphQLError(
    `Argument "${argument}": no ${missing} "${text}".${closest ? ` Closest names: ${closest}.` : ''}`,
    { extensions: { code: 'NOT_FOUND', argument, closest: list(lookup.closest) } },
  );
}

/** The same, for a required argument. */
export async function requiredNodeIdArg(
  ctx: ApiContext,
  argument: string,
  text: string,
  kind: LookupKind,
): Promise<string> {
  return (await nodeIdArg(ctx, argument, text, kind)) ?? text;
}
