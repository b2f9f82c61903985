import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  locateProblems,
  parseDatasetFile,
  parseDatasetText,
  problemAt,
} from '../../../src/dataset/parse.js';

function write(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'testimony-parse-')), name);
  writeFileSync(file, text);
  return file;
}

describe('parseDatasetText (YAML)', () => {
  const yaml = ['dataset: x', 'people:', '  - id: person:a', '    name: A', ''].join('\n');

  it('parses YAML and locates a value by its JSON path', async () => {
    const parsed = parseDatasetText('x.yaml', yaml);
    if (Array.isArray(parsed)) throw new Error('expected a parsed file');
    expect(parsed.data).toEqual({ dataset: 'x', people: [{ id: 'person:a', name: 'A' }] });
    expect(await parsed.locate([['people', 0, 'name']])).toEqual([{ line: 4, column: 11 }]);
  });

  it('locates a missing path at its nearest existing parent', async () => {
    const parsed = parseDatasetText('x.yaml', yaml);
    if (Array.isArray(parsed)) throw new Error('expected a parsed file');
    expect(await parsed.locate([['people', 0, 'born']])).toEqual([{ line: 3, column: 5 }]);
    const problem = problemAt(parsed, ['people', 0, 'born'], 'm');
    expect(await locateProblems(parsed, [problem])).toEqual([
      {
        file: 'x.yaml',
        path: '$.people[0].born',
        line: 3,
        column: 5,
        message: 'm',
      },
    ]);
  });

  it('reports a syntax error by line and column, without the parser’s own position suffix', () => {
    const problems = parseDatasetText('bad.yaml', 'dataset: x\npeople: [\n  { id: a\n');
    expect(Array.isArray(problems)).toBe(true);
    const [first] = problems as { line?: number; column?: number; message: string }[];
    expect(first?.line).toBeGreaterThanOrEqual(2);
    expect(first?.column).toBeGreaterThan(0);
    expect(first?.message).toMatch(/^syntax error: /);
    expect(first?.message).not.toMatch(/at line \d+/);
  });

  it('refuses a repeated key (a silent overwrite would lose data)', () => {
    const problems = parseDatasetText('dup.yaml', 'dataset: x\ndataset: y\n');
    expect(problems).toEqual([
      expect.objectContaining({ path: '$', line: 2, message: expect.stringMatching(/unique/i) }),
    ]);
  });
});

describe('parseDatasetFile', () => {
  it('reads JSON with JSON.parse and still locates values by line and column', async () => {
    const file = write('x.json', '{\n  "dataset": "x",\n  "people": [{ "id": "person:a" }]\n}\n');
    const parsed = await parseDatasetFile(file);
    if (Array.isArray(parsed)) throw new Error('expected a parsed file');
    expect(parsed.data).toEqual({ dataset: 'x', people: [{ id: 'person:a' }] });
    expect(await parsed.locate([['people', 0, 'id']])).toEqual([{ line: 3, column: 22 }]);
    // Problems get their lines together, from one pass over the file; others pass unchanged.
    const plain = { file, path: '$', message: 'no path' };
    const located = await locateProblems(parsed, [
      problemAt(parsed, ['people', 0, 'name'], 'missing'),
      plain,
      problemAt(parsed, ['dataset'], 'bad'),
    ]);
    expect(located.map((p) => [p.path, p.line, p.column])).toEqual([
      ['$.people[0].name', 3, 14],
      ['$', undefined, undefined],
      ['$.dataset', 2, 14],
    ]);
  });

  it('still lists problems, without lines, when the file no longer parses when located', async () => {
    const file = write('edited.json', '{ "dataset": "x", "people": [] }');
    const parsed = await parseDatasetFile(file);
    if (Array.isArray(parsed)) throw new Error('expected a parsed file');
    writeFileSync(file, '{ "dataset": "x", "people": [ oops');
    const problem = problemAt(parsed, ['people', 0], 'missing');
    expect(await locateProblems(parsed, [problem])).toEqual([
      { file, path: '$.people[0]', line: undefined, column: undefined, message: 'missing' },
    ]);
  });

  it('reports invalid JSON by line and column', async () => {
    const parsed = await parseDatasetFile(
      write('bad.json', '{\n  "dataset": "x",\n  "people": [\n'),
    );
    expect(parsed).toEqual([
      expect.objectContaining({
        path: '$',
        line: 4,
        column: 1,
        message: expect.stringMatching(/^JSON syntax error: unexpected end/),
      }),
    ]);
  });

  it('says a missing file is not found, at the root path', async () => {
    const file = join(tmpdir(), 'testimony-no-such-dataset.yaml');
    expect(await parseDatasetFile(file)).toEqual([
      { file, path: '$', message: 'cannot read the dataset: file not found' },
    ]);
  });
});

describe('parseDatasetFile: what it refuses, and how it says so', () => {
  it('parses a .json file as JSON only: a syntax error has its line and column', async () => {
    // Valid YAML (a flow mapping with an unquoted value), invalid JSON.
    const file = write('bad.json', '{\n  "dataset": "x",\n  "people": nope\n}\n');
    expect(await parseDatasetFile(file)).toEqual([
      expect.objectContaining({
        path: '$',
        line: 3,
        message: expect.stringMatching(/^JSON syntax error/),
      }),
    ]);
  });

  it('locates an unexpected token that V8 reports by its surroundings', async () => {
    const padding = 'y'.repeat(40);
    const file = write(
      'token.json',
      `{\n  "a": "${padding}",\n  "b": tru,\n  "c": "${padding}"\n}\n`,
    );
    const [problem] = (await parseDatasetFile(file)) as { line?: number }[];
    expect(problem?.line).toBe(3);
  });

  it('refuses an extension that is neither YAML nor JSON', async () => {
    const file = write('dataset.txt', 'dataset: x\n');
    expect(await parseDatasetFile(file)).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/ends in \.yaml, \.yml or \.json/),
      }),
    ]);
  });

  it('names a directory as a directory', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'testimony-parse-')), 'folder.yaml');
    mkdirSync(dir);
    expect(await parseDatasetFile(dir)).toEqual([
      expect.objectContaining({
        message: 'cannot read the dataset: it is a directory, not a regular file',
      }),
    ]);
  });

  it('names a device as a device (a symlink to /dev/zero)', async () => {
    const link = join(mkdtempSync(join(tmpdir(), 'testimony-parse-')), 'zero.yaml');
    symlinkSync('/dev/zero', link);
    expect(await parseDatasetFile(link)).toEqual([
      expect.objectContaining({
        message: 'cannot read the dataset: it is a device, not a regular file',
      }),
    ]);
  });

  it('refuses a dataset file that is not UTF-8', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'testimony-parse-')), 'latin1.yaml');
    writeFileSync(file, Buffer.from('dataset: x\ndescription: caf\xe9\n', 'latin1'));
    expect(await parseDatasetFile(file)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/not UTF-8.*near line 2/) }),
    ]);
  });

  it('refuses a YAML alias bomb as a problem of the file', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f'].entries()) {
      const prev = String.fromCharCode('a'.charCodeAt(0) + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const file = write('bomb.yaml', `${levels.join('\n')}\n`);
    expect(await parseDatasetFile(file)).toEqual([
      { file, path: '$', message: expect.stringMatching(/too many YAML alias expansions/) },
    ]);
  });
});
