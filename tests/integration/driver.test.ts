import { afterAll, describe, expect, it } from 'vitest';
import neo4j, { type EagerResult, type Integer } from 'neo4j-driver';
import { testDriver, testCoordinates, uniqueLabel } from '../support/neo4j.js';

describe('neo4j-driver against the real Neo4j of this run', () => {
  const driver = testDriver();
  const { database } = testCoordinates();
  const label = uniqueLabel('DriverTest');
  afterAll(async () => {
    await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`, {}, { database });
    await driver.close();
  });

  it('writes nodes and reads them back through a READ-routed query', async () => {
    // JS numbers travel as floats; integers must be sent as neo4j.int to come back as integers.
    const people = [
      { id: 'person:a', name: 'A', born: neo4j.int(1946) },
      { id: 'person:b', name: 'B', born: neo4j.int(1950) },
    ];
    await driver.executeQuery(
      `UNWIND $people AS p CREATE (n:${label}) SET n = p`,
      { people },
      { database },
    );
    const { records } = await driver.executeQuery<
      EagerResult<{ id: string; name: string; born: Integer }>
    >(
      `MATCH (n:${label}) RETURN n.id AS id, n.name AS name, n.born AS born ORDER BY id`,
      {},
      { database, routing: neo4j.routing.READ },
    );
    expect(
      records.map((r) => ({
        id: r.get('id'),
        name: r.get('name'),
        born: r.get('born').toNumber(),
      })),
    ).toEqual(people.map((p) => ({ ...p, born: p.born.toNumber() })));
  });

  it('talks to Neo4j 5.26', async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
  });
});
