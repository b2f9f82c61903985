import { GraphQLError } from 'graphql';
import { lookUpEntity, type LookupKind } from '../queries/index.js';
import type { ApiContext } from './context.js';

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
  const what = kind === 'Person' ? 'person' : 'person or other node';
  if ('ambiguous' in lookup)
    throw new GraphQLError(
      `Argument "${argument}" "${text}" names ${lookup.ambiguous.length} ${kind === 'Person' ? 'people' : 'nodes'}; give the full name or the id.`,
      { extensions: { code: 'AMBIGUOUS', argument, candidates: list(lookup.ambiguous) } },
    );
  const closest = lookup.closest.map((c) => `${c.name} (${c.id})`).join(', ');
  const missing = lookup.missing === 'id' ? 'node has the id' : `${what} is called`;
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
