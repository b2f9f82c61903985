import { mkdtempSync, writeFileSync } from 'node:fs';
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

  it('reports invalid JSON by line and column', async () => {
    const parsed = await parseDatasetFile(
      write('bad.json', '{\n  "dataset": "x",\n  "people": [\n'),
    );
    expect(parsed).toEqual([
      expect.objectContaining({
        path: '$',
        line: 4,
        column: 1,
        message: expect.stringMatching(/^syntax error: unexpected end/),
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
