import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/dataset/problems.js';
import { PROJECT_ROOT } from '../../../src/paths.js';
import { minimalDataset, validateData } from '../../support/dataset.js';

type Entry = Record<string, unknown>;
type Data = Record<string, Entry[]>;

const FIXTURE_TEXT = readFileSync(
  join(PROJECT_ROOT, 'tests', 'fixtures', 'datasets', 'fixture.txt'),
  'utf8',
);

async function validated(edit: (data: Data) => void, text = FIXTURE_TEXT) {
  const data = minimalDataset() as Data;
  edit(data);
  return validateData(data, text);
}

async function problemsOf(edit: (data: Data) => void): Promise<Problem[]> {
  const result = await validated(edit);
  if (!Array.isArray(result)) throw new Error('expected problems, the dataset passed');
  return result;
}

const person = (d: Data, i: number) => d.people![i]!;

describe('length limits: reported by validation with file, line and path, not by Neo4j', () => {
  it.each([
    [
      'a 10,000-character name',
      (d: Data) => (person(d, 0).name = 'A'.repeat(10_000)),
      '$.people[0].name',
      /at most 500 characters in a name/,
    ],
    [
      'a 600-character alias',
      (d: Data) => (person(d, 0).aliases = ['b'.repeat(600)]),
      '$.people[0].aliases[0]',
      /at most 500/,
    ],
    [
      'a 300-character id',
      (d: Data) => (d.organizations![0]!.id = `org:${'a'.repeat(300)}`),
      '$.organizations[0].id',
      /at most 200 characters in an id/,
    ],
    [
      'a 3,000-character quote',
      (d: Data) => (person(d, 2).evidence = [{ quote: 'x'.repeat(3000) }]),
      '$.people[2].evidence[0].quote',
      /at most 2000 characters in a quote/,
    ],
  ])('%s', async (_, edit, path, message) => {
    const problems = await problemsOf(edit);
    expect(problems).toContainEqual(
      expect.objectContaining({
        path,
        line: expect.any(Number),
        file: expect.stringMatching(/dataset\.yaml$/),
        message: expect.stringMatching(message),
      }),
    );
  });
});

describe('invisible characters in names, aliases and ids', () => {
  it.each([
    [
      'a zero-width space in a name',
      (d: Data) => (person(d, 1).name = 'Alice\u200B Example'),
      '$.people[1].name',
      'U+200B',
    ],
    [
      'a right-to-left override in an alias',
      (d: Data) => (person(d, 0).aliases = ['Al\u202Eice']),
      '$.people[0].aliases[0]',
      'U+202E',
    ],
    [
      'a zero-width joiner in an id',
      (d: Data) => (person(d, 2).id = 'person:car\u200Dol'),
      '$.people[2].id',
      'U+200D',
    ],
    [
      'a left-to-right isolate in an org name',
      (d: Data) => (d.organizations![0]!.name = '\u2066Acme\u2069'),
      '$.organizations[0].name',
      'U+2066',
    ],
  ])('refuses %s', async (_, edit, path, code) => {
    const problems = await problemsOf(edit);
    expect(problems).toContainEqual(
      expect.objectContaining({
        path,
        line: expect.any(Number),
        message: expect.stringContaining(code),
      }),
    );
  });
});

describe('Unicode normalisation', () => {
  it('stores names and aliases in NFC', async () => {
    const valid = await validated((d) => {
      person(d, 0).name = 'Jose\u0301 Example';
      person(d, 0).aliases = ['Jose\u0301'];
    });
    if (Array.isArray(valid)) throw new Error(JSON.stringify(valid));
    expect(valid.dataset.people[0]?.name).toBe('Jos\u00E9 Example');
    expect(valid.dataset.people[0]?.aliases).toEqual(['Jos\u00E9']);
  });

  it('matches quotes exactly, and says when only the composition of accents differs', async () => {
    const text = FIXTURE_TEXT.replace('Carol Example,', 'Carol Exe\u0301mple,');
    const result = await validated((d) => {
      person(d, 2).evidence = [{ quote: 'Carol Ex\u00E9mple' }];
    }, text);
    expect(result).toContainEqual(
      expect.objectContaining({
        path: '$.people[2].evidence[0].quote',
        message: expect.stringMatching(/not in the source.*NFC vs NFD/),
      }),
    );
  });
});

describe('a byte-order mark at the start of a source', () => {
  it('is dropped before offsets are counted, so given offsets still hold', async () => {
    const start = FIXTURE_TEXT.indexOf('Acme');
    const valid = await validated((d) => {
      d.organizations![0]!.evidence = [{ quote: 'Acme', start }];
    }, `\uFEFF${FIXTURE_TEXT}`);
    if (Array.isArray(valid)) throw new Error(JSON.stringify(valid));
    const selector = valid.dataset.organizations[0]!.evidence[0]!;
    expect(valid.anchors.get(selector)).toEqual({
      source: 'source:fixture',
      start,
      end: start + 4,
    });
    expect(valid.texts.get('source:fixture')).toBe(FIXTURE_TEXT);
  });
});
