import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, locateJsonPaths } from '../../../src/dataset/json-scan.js';

const TEXT = [
  '{',
  '  "dataset": "x",',
  '  "people": [',
  '    { "id": "person:a", "name": "A \\"quoted\\" {not a brace}" },',
  '    { "id": "person:b", "tags": [1, -2.5e3, true, null], "nested": { "k": [] } }',
  '  ],',
  '  "we\\u0069rd key": 1,',
  '  "dup": 1, "dup": 2',
  '}',
].join('\n');

/** The text split into chunks of `size`, as a file stream hands it over. */
function* chunks(text: string, size: number) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

describe('locateJsonPaths', () => {
  it('skips a leading byte-order mark without counting it as a column', async () => {
    const text = '{\n  "a": 1, "b": [2]\n}';
    const plain = await locateJsonPaths([text], [['a'], ['b', 0]]);
    expect(await locateJsonPaths(['\ufeff', text], [['a'], ['b', 0]])).toEqual(plain);
    expect(plain).toEqual([
      { line: 2, column: 8 },
      { line: 2, column: 17 },
    ]);
    // Only at the start: elsewhere it is still not JSON.
    await expect(locateJsonPaths([`${text}\ufeff`], [])).rejects.toThrow(/unexpected/);
  });

  const paths = [
    ['people', 1, 'tags', 1],
    ['people', 0, 'name'],
    ['people', 1, 'nested', 'k'],
    ['weird key'],
    ['people', 1, 'born'],
    ['nothing', 3],
    ['dup'],
    [],
  ];
  const expected = [
    { line: 5, column: 37 },
    { line: 4, column: 33 },
    { line: 5, column: 75 },
    { line: 7, column: 21 },
    { line: 5, column: 5 },
    { line: 1, column: 1 },
    { line: 8, column: 20 },
    { line: 1, column: 1 },
  ];

  it('finds where each path starts, its nearest parent for a missing one, and the last of a repeated key', async () => {
    expect(await locateJsonPaths([TEXT], paths)).toEqual(expected);
  });

  it('gives the same answer however the text is split into chunks', async () => {
    for (const size of [1, 2, 3, 7, 64])
      expect(await locateJsonPaths(chunks(TEXT, size), paths), `chunks of ${size}`).toEqual(
        expected,
      );
  });
});

describe('findJsonSyntaxError', () => {
  it('finds nothing in valid JSON', () => {
    expect(findJsonSyntaxError(TEXT)).toBeUndefined();
    expect(findJsonSyntaxError('  [1, "a", {"b": [null]}] ')).toBeUndefined();
  });

  it.each([
    ['{"a": 1 "b": 2}', 1, 9, /expected "," or "}"/],
    ['{"a": 1,\n "b" 2}', 2, 6, /expected ":"/],
    ['{"a": [1, 2}', 1, 12, /unexpected "}"/],
    ['{"a": tru}', 1, 7, /invalid value tru/],
    ['{"a": 01}', 1, 7, /invalid value 01/],
    ["{'a': 1}", 1, 2, /expected a key in double quotes/],
    ['{"a": "x\ny"}', 1, 9, /control character/],
    ['{"a": "\\x"}', 1, 9, /invalid escape/],
    ['{"a": [1,', 1, 10, /unexpected end/],
    ['{"a": 1} x', 1, 10, /after the end/],
    ['', 1, 1, /unexpected end/],
  ])('%j: line %i, column %i', (text, line, column, message) => {
    const error = findJsonSyntaxError(text);
    expect(error?.message).toMatch(message);
    expect([error?.line, error?.column]).toEqual([line, column]);
    // JSON.parse agrees that it is invalid: the scanner is no stricter than the parser.
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });
});
