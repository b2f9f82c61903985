import { distance } from 'fastest-levenshtein';
import { TestimonyError } from '../errors.js';
import type { QueryExecutor } from '../queries/index.js';

interface Named {
  id: string;
  name: string;
  aliases: string[];
}

/**
 * A person from what an analyst types: an id (`person:jeff-sessions`), a name or an alias, in
 * any case. An unknown name fails with the closest names; an ambiguous one with every match.
 */
export async function resolvePerson(executor: QueryExecutor, text: string): Promise<Named> {
  if (/^[a-z]+:[a-z0-9-]+$/.test(text)) {
    const [row] = await executor.read('nodes-by-ids', { ids: [text] });
    if (row) return named(row.node);
    throw new TestimonyError('NOT_FOUND', `No node has the id ${text}.`);
  }
  const matches = (await executor.read('person-by-name', { name: text })).map((row) =>
    named(row.node),
  );
  const [only] = matches;
  if (matches.length === 1 && only) return only;
  if (matches.length > 1) {
    throw new TestimonyError(
      'AMBIGUOUS',
      `"${text}" names ${matches.length} people:\n${matches.map((m) => `  ${m.name} (${m.id})`).join('\n')}`,
      {
        hint: 'Give the full name, or the id.',
      },
    );
  }
  const candidates = await closest(executor, text);
  const list =
    candidates.length > 0
      ? `\nClosest names:\n${candidates.map((c) => `  ${c.name} (${c.id})`).join('\n')}`
      : '';
  throw new TestimonyError('NOT_FOUND', `No person is called "${text}".${list}`, {
    hint: 'Names and aliases match in any case; `testimony search <words>` finds more.',
  });
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
