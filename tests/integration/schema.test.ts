import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { applySchema, SCHEMA_FILE, splitStatements } from '../../src/neo4j/schema.js';
import { testCoordinates, testDriver } from '../support/neo4j.js';

async function schemaSnapshot(driver: ReturnType<typeof testDriver>, database: string) {
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name',
    {},
    { database },
  );
  const indexes = await driver.executeQuery(
    'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN * ORDER BY name',
    {},
    { database },
  );
  return {
    constraints: constraints.records.map((r) => r.toObject()),
    indexes: indexes.records.map((r) => r.toObject()),
  };
}

describe('cypher/schema.cypher', () => {
  const driver = testDriver();
  const { database } = testCoordinates();
  afterAll(() => driver.close());

  it('applied twice leaves the same constraints and indexes', async () => {
    await applySchema(driver, database);
    const first = await schemaSnapshot(driver, database);
    await applySchema(driver, database);
    const second = await schemaSnapshot(driver, database);
    expect(second).toEqual(first);
    const declared = splitStatements(readFileSync(SCHEMA_FILE, 'utf8')).filter((s) =>
      s.startsWith('CREATE CONSTRAINT'),
    ).length;
    expect(first.constraints).toHaveLength(declared);
    expect(first.indexes.every((index) => index.state === 'ONLINE')).toBe(true);
  });

  it('rejects a second node with the same id', async () => {
    await applySchema(driver, database);
    const id = `person:schema-test-${crypto.randomUUID()}`;
    await driver.executeQuery('CREATE (:Person {id: $id})', { id }, { database });
    try {
      await expect(
        driver.executeQuery('CREATE (:Person {id: $id})', { id }, { database }),
      ).rejects.toMatchObject({
        code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
      });
    } finally {
      await driver.executeQuery('MATCH (p:Person {id: $id}) DELETE p', { id }, { database });
    }
  });
});

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
