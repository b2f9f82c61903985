import { describe, expect, it } from 'vitest';
import { resolvePerson } from '../../../src/cli/names.js';
import { TestimonyError } from '../../../src/errors.js';
import type { QueryExecutor } from '../../../src/queries/executor.js';

interface Person {
  id: string;
  name: string;
  aliases?: string[];
}

const PEOPLE: Person[] = [
  { id: 'person:jeff-sessions', name: 'Jeff Sessions', aliases: ['Jefferson Beauregard Sessions'] },
  { id: 'person:sergey-kislyak', name: 'Sergey Kislyak' },
  { id: 'person:michael-flynn', name: 'Michael Flynn' },
  { id: 'person:michael-cohen', name: 'Michael Cohen' },
];

/**
 * Stands in for the named queries that names.ts reads (their Cypher is tested against Neo4j in
 * tests/integration); here only the matching logic is under test.
 */
function executor(people: Person[] = PEOPLE): QueryExecutor {
  const read = (name: string, params: Record<string, unknown>) => {
    const node = (p: Person) => ({ node: { ...p, aliases: p.aliases ?? [] } });
    if (name === 'nodes-by-ids')
      return people.filter((p) => (params.ids as string[]).includes(p.id)).map(node);
    if (name === 'entity-by-name') {
      const text = String(params.name).toLowerCase();
      return people
        .filter((p) => [p.name, ...(p.aliases ?? [])].some((n) => n.toLowerCase() === text))
        .map(node);
    }
    if (name === 'entity-names') return people.map(node);
    throw new Error(`unexpected query ${name}`);
  };
  return {
    read: (name: string, params: Record<string, unknown>) => Promise.resolve(read(name, params)),
  } as unknown as QueryExecutor;
}

async function failure(text: string): Promise<TestimonyError> {
  const error = await resolvePerson(executor(), text).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TestimonyError);
  return error as TestimonyError;
}

describe('resolvePerson', () => {
  it('finds a person by id, by name in any case, and by alias', async () => {
    const sessions = { id: 'person:jeff-sessions', name: 'Jeff Sessions' };
    await expect(resolvePerson(executor(), 'person:jeff-sessions')).resolves.toMatchObject(
      sessions,
    );
    await expect(resolvePerson(executor(), 'jeff SESSIONS')).resolves.toMatchObject(sessions);
    await expect(resolvePerson(executor(), 'Jefferson Beauregard Sessions')).resolves.toMatchObject(
      sessions,
    );
  });

  it('says an unknown id is not found', async () => {
    const error = await failure('person:nobody');
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('No node has the id person:nobody.');
  });

  it('suggests the closest names for a misspelt one, nearest first', async () => {
    const error = await failure('Sergei Kisliak');
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe(
      'No person is called "Sergei Kisliak".\nClosest names:\n  Sergey Kislyak (person:sergey-kislyak)',
    );
  });

  it('suggests nothing when no name is near', async () => {
    const error = await failure('Zzyzx Qwerty');
    expect(error.message).toBe('No person is called "Zzyzx Qwerty".');
  });

  it('lists every match of an ambiguous name', async () => {
    const twins = [
      { id: 'person:a', name: 'Alex Smith' },
      { id: 'person:b', name: 'Alex Smith' },
    ];
    const error = await resolvePerson(executor(twins), 'alex smith').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'AMBIGUOUS' });
    expect((error as Error).message).toBe(
      '"alex smith" names 2 people:\n  Alex Smith (person:a)\n  Alex Smith (person:b)',
    );
  });
});
