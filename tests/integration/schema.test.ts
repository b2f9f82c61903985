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

  it("recreates an index whose definition changed (an older release's search index), then leaves it alone", async () => {
    // The search index as an older cypher/schema.cypher made it: other labels and properties,
    // Neo4j's default analyzer (no stemming). IF NOT EXISTS alone would keep it for ever.
    await driver.executeQuery('DROP INDEX testimony_search IF EXISTS', {}, { database });
    await driver.executeQuery(
      `CREATE FULLTEXT INDEX testimony_search FOR (n:Person|Organization|Group|Country|Matter|Event|Statement)
       ON EACH [n.name, n.aliases, n.text]`,
      {},
      { database },
    );
    const searchIndex = async () => {
      const { records } = await driver.executeQuery(
        `SHOW INDEXES YIELD id, name, labelsOrTypes, properties, options, state
         WHERE name = 'testimony_search'
         RETURN id, labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer, state`,
        {},
        { database },
      );
      return records[0]?.toObject();
    };
    expect((await searchIndex())?.analyzer).toBe('standard-no-stop-words');

    await applySchema(driver, database);
    const upgraded = await searchIndex();
    expect(upgraded).toMatchObject({
      labelsOrTypes: [
        'Person',
        'Organization',
        'Country',
        'Group',
        'Matter',
        'Event',
        'Role',
        'Source',
      ],
      properties: ['name', 'aliases', 'title', 'description'],
      analyzer: 'english',
      state: 'ONLINE',
    });

    await applySchema(driver, database);
    expect((await searchIndex())?.id, 'the same index: not dropped again').toEqual(upgraded?.id);
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
