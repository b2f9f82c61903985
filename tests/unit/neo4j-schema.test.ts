import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/neo4j/schema.js';

describe('splitStatements', () => {
  it('drops comment lines and splits on a semicolon at a line end', () => {
    const text =
      "// a comment\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// another\nRETURN ';' AS s;";
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      "RETURN ';' AS s",
    ]);
  });
});
