import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/neo4j/index.js';
import { PATHS } from '../../src/paths.js';
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
    // Counted from the file's text, not with the stage's own parser: each constraint is one line.
    const declared = (readFileSync(PATHS.schemaCypher, 'utf8').match(/^CREATE CONSTRAINT /gm) ?? [])
      .length;
    expect(declared).toBeGreaterThan(0);
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
