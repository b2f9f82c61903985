import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDeclaration, splitStatements } from '../../src/neo4j/schema.js';
import { PATHS } from '../../src/paths.js';

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

describe('indexDeclaration: what an index statement declares, to compare with SHOW INDEXES', () => {
  it('a full-text index: labels and properties sorted, its analyzer', () => {
    const statement = `CREATE FULLTEXT INDEX names IF NOT EXISTS
FOR (n:Person|Event)
ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'english'}}`;
    expect(indexDeclaration(statement)).toEqual({
      name: 'names',
      type: 'FULLTEXT',
      labels: ['Event', 'Person'],
      properties: ['aliases', 'name'],
      analyzer: 'english',
    });
  });

  it("a full-text index without options has Neo4j's default analyzer", () => {
    expect(
      indexDeclaration('CREATE FULLTEXT INDEX t IF NOT EXISTS FOR (x:Statement) ON EACH [x.text]')
        ?.analyzer,
    ).toBe('standard-no-stop-words');
  });

  it('a range index, with or without RANGE', () => {
    const expected = {
      name: 'person_name',
      type: 'RANGE',
      labels: ['Person'],
      properties: ['name'],
      analyzer: null,
    };
    expect(
      indexDeclaration('CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)'),
    ).toEqual(expected);
    expect(
      indexDeclaration('CREATE RANGE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)'),
    ).toEqual(expected);
  });

  it('constraints and other statements declare no index', () => {
    expect(
      indexDeclaration(
        'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
      ),
    ).toBeUndefined();
    expect(indexDeclaration('DROP INDEX old IF EXISTS')).toBeUndefined();
  });

  it('every index of cypher/schema.cypher is understood, so a changed one is recreated', () => {
    const statements = splitStatements(readFileSync(PATHS.schemaCypher, 'utf8')).filter((s) =>
      /^CREATE\s+(\w+\s+)?INDEX/i.test(s),
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements)
      expect(indexDeclaration(statement), statement).toBeDefined();
    const search = statements.map(indexDeclaration).find((d) => d?.name === 'testimony_search');
    expect(search?.analyzer).toBe('english');
  });

  it('reads a relationship index as SHOW INDEXES gives it: the type, the property', () => {
    expect(
      indexDeclaration('CREATE INDEX about_stance IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.stance)'),
    ).toEqual({
      name: 'about_stance',
      type: 'RANGE',
      labels: ['ABOUT'],
      properties: ['stance'],
      analyzer: null,
    });
  });
});
