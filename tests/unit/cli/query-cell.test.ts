import { describe, expect, it } from 'vitest';
import { cell } from '../../../src/cli/commands/query.js';

describe('cell: named-query values in a table, readable rather than raw JSON', () => {
  it('keeps text, prints numbers and booleans, leaves null empty', () => {
    expect(cell('Jeff Sessions')).toBe('Jeff Sessions');
    expect(cell(3)).toBe('3');
    expect(cell(false)).toBe('false');
    expect(cell(null)).toBe('');
  });

  it('puts a list one item a line, and a nested list on one line', () => {
    expect(cell(['statement:a', 'statement:b'])).toBe('statement:a\nstatement:b');
    expect(cell([['a', 'b'], ['c']])).toBe('a, b\nc');
  });

  it('shows a node (a map with an id) by its name, title or text, else its id', () => {
    expect(cell({ id: 'person:jeff-sessions', name: 'Jeff Sessions', aliases: ['Sessions'] })).toBe(
      'Jeff Sessions',
    );
    expect(cell({ id: 'role:x', title: 'Russian ambassador' })).toBe('Russian ambassador');
    expect(cell({ id: 'statement:x' })).toBe('statement:x');
    expect(
      cell([
        { id: 'person:a', name: 'A' },
        { id: 'person:b', name: 'B' },
      ]),
    ).toBe('A\nB');
  });

  it('shows any other map as key: value pairs, without the empty ones', () => {
    expect(cell({ name: 'Person', count: 7 })).toBe('name: Person\ncount: 7');
    expect(cell([{ name: 'Person', count: 7, note: null }])).toBe('name: Person; count: 7');
  });
});
