import { afterAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { CalendarDay, toNeo4j } from '../../src/neo4j/index.js';
import { testDriver, testCoordinates, uniqueLabel } from '../support/neo4j.js';

/**
 * Our side of the driver, against the real Neo4j: createDriver (through testDriver) reaches the
 * pinned server, and toNeo4j turns our parameter values into the Neo4j types the loader and the
 * queries rely on (a float where an INTEGER is meant breaks LIMIT and offsets).
 */
describe('createDriver and toNeo4j against the real Neo4j of this run', () => {
  const driver = testDriver();
  const { database } = testCoordinates();
  const label = uniqueLabel('ParamsTest');
  afterAll(async () => {
    await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`, {}, { database });
    await driver.close();
  });

  it('stores CalendarDay as DATE and whole numbers as INTEGER, lists included', async () => {
    const props = toNeo4j({
      day: new CalendarDay('2016-09-08'),
      start: 12,
      ratio: 0.5,
      offsets: [3, 4],
    });
    const { records } = await driver.executeQuery(
      `CREATE (n:${label}) SET n = $props
       RETURN valueType(n.day) AS day, valueType(n.start) AS start, valueType(n.ratio) AS ratio,
              valueType(n.offsets) AS offsets, toString(n.day) AS iso`,
      { props },
      { database },
    );
    expect(records[0]?.toObject()).toEqual({
      day: 'DATE NOT NULL',
      start: 'INTEGER NOT NULL',
      ratio: 'FLOAT NOT NULL',
      offsets: 'LIST<INTEGER NOT NULL> NOT NULL',
      iso: '2016-09-08',
    });
  });

  it('gives LIMIT an integer it accepts', async () => {
    const { records } = await driver.executeQuery(
      'UNWIND range(1, 10) AS i RETURN i LIMIT $limit',
      toNeo4j({ limit: 3 }),
      { database, routing: neo4j.routing.READ },
    );
    expect(records).toHaveLength(3);
  });

  it('talks to the pinned Neo4j 5.26', async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
  });
});
