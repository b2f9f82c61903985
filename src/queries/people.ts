import { distance } from 'fastest-levenshtein';
import type { QueryExecutor } from './executor.js';

export interface Named {
  id: string;
  name: string;
  aliases: string[];
}

/** What a name or id an analyst typed refers to: one node, several, or none (with the closest names). */
export type PersonLookup =
  { found: Named } | { ambiguous: Named[] } | { missing: 'id' | 'name'; closest: Named[] };

/**
 * Which nodes a name may mean: people only, events only, groups only, or any node (an event, a
 * country, a statement…). For an event or a group, an id of another kind of node is not found
 * either (`statements(at: "person:jeff-sessions")` would otherwise answer nothing in silence).
 */
export type LookupKind = 'Person' | 'Event' | 'Group' | 'any';

/** Kinds whose ids are checked against the node's labels (see LookupKind). */
const STRICT_ID_KINDS: ReadonlySet<LookupKind> = new Set(['Event', 'Group']);

const ID_FORM = /^[a-z]+:[a-z0-9-]+$/;

/**
 * A node from what an analyst types: an id (`person:jeff-sessions`, or any node's id), a name
 * or an alias, in any case. `kind` narrows which nodes a NAME may mean (an id is taken as it
 * is). Shared by the CLI (which names what it could not find) and the API (every argument that
 * expects a person or a node), so both read a name the same way.
 */
export async function lookUpEntity(
  executor: QueryExecutor,
  text: string,
  kind: LookupKind,
): Promise<PersonLookup> {
  if (ID_FORM.test(text)) {
    const [row] = await executor.read('nodes-by-ids', { ids: [text], fields: null });
    const labels = (row?.node as { labels?: string[] } | undefined)?.labels ?? [];
    const ofKind = !STRICT_ID_KINDS.has(kind) || labels.includes(kind);
    return row && ofKind ? { found: named(row.node) } : { missing: 'id', closest: [] };
  }
  const label = kind === 'any' ? null : kind;
  const matches = (await executor.read('entity-by-name', { name: text, label })).map((row) =>
    named(row.node),
  );
  const [only] = matches;
  if (matches.length === 1 && only) return { found: only };
  if (matches.length > 1) return { ambiguous: matches };
  return { missing: 'name', closest: await closest(executor, text, label) };
}

/** A person by id, name or alias (see lookUpEntity). */
export function lookUpPerson(executor: QueryExecutor, text: string): Promise<PersonLookup> {
  return lookUpEntity(executor, text, 'Person');
}

function named(node: unknown): Named {
  const record = node as { id: string; name?: unknown; aliases?: unknown };
  return {
    id: record.id,
    name: typeof record.name === 'string' ? record.name : record.id,
    aliases: Array.isArray(record.aliases) ? record.aliases.map(String) : [],
  };
}

/** The five names (or aliases) nearest by edit distance, among those near enough to be a slip. */
async function closest(
  executor: QueryExecutor,
  text: string,
  label: string | null,
): Promise<Named[]> {
  const rows = await executor.read('entity-names', { label, limit: 5000 });
  const nodes = rows.map((row) => named(row.node));
  const score = (node: Named) =>
    Math.min(
      ...[node.name, ...node.aliases].map((n) => distance(n.toLowerCase(), text.toLowerCase())),
    );
  return nodes
    .map((node) => ({ node, score: score(node) }))
    .filter(({ score: s }) => s <= Math.max(3, Math.floor(text.length / 2)))
    .sort((a, b) => a.score - b.score || a.node.name.localeCompare(b.node.name))
    .slice(0, 5)
    .map(({ node }) => node);
}
