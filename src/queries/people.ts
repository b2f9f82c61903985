import { distance } from 'fastest-levenshtein';
import type { QueryExecutor } from './executor.js';

export interface Named {
  id: string;
  name: string;
  aliases: string[];
}

/** What a name or id an analyst typed refers to: one node, several people, or none (with the closest names). */
export type PersonLookup =
  { found: Named } | { ambiguous: Named[] } | { missing: 'id' | 'name'; closest: Named[] };

const ID_FORM = /^[a-z]+:[a-z0-9-]+$/;

/**
 * A person from what an analyst types: an id (`person:jeff-sessions`, or any node's id), a name
 * or an alias, in any case. Shared by the CLI (which names what it could not find) and the API
 * (the `person` argument of `conflicts`), so both read a name the same way.
 */
export async function lookUpPerson(executor: QueryExecutor, text: string): Promise<PersonLookup> {
  if (ID_FORM.test(text)) {
    const [row] = await executor.read('nodes-by-ids', { ids: [text] });
    return row ? { found: named(row.node) } : { missing: 'id', closest: [] };
  }
  const matches = (await executor.read('person-by-name', { name: text })).map((row) =>
    named(row.node),
  );
  const [only] = matches;
  if (matches.length === 1 && only) return { found: only };
  if (matches.length > 1) return { ambiguous: matches };
  return { missing: 'name', closest: await closest(executor, text) };
}

function named(node: unknown): Named {
  const record = node as { id: string; name?: unknown; aliases?: unknown };
  return {
    id: record.id,
    name: typeof record.name === 'string' ? record.name : record.id,
    aliases: Array.isArray(record.aliases) ? record.aliases.map(String) : [],
  };
}

/** The five names (or aliases) nearest by edit distance, from the people who share a letter run with it. */
async function closest(executor: QueryExecutor, text: string): Promise<Named[]> {
  const rows = await executor.read('people', {
    nameContains: null,
    afterKey: null,
    afterId: null,
    limit: 1000,
  });
  const people = ((rows[0]?.page as { node: unknown }[] | undefined) ?? []).map((entry) =>
    named(entry.node),
  );
  const score = (person: Named) =>
    Math.min(
      ...[person.name, ...person.aliases].map((n) => distance(n.toLowerCase(), text.toLowerCase())),
    );
  return people
    .map((person) => ({ person, score: score(person) }))
    .filter(({ score: s }) => s <= Math.max(3, Math.floor(text.length / 2)))
    .sort((a, b) => a.score - b.score || a.person.name.localeCompare(b.person.name))
    .slice(0, 5)
    .map(({ person }) => person);
}
