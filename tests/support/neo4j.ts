import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, type Neo4jCoordinates } from '../../src/neo4j/driver.js';

export function testCoordinates(): Neo4jCoordinates {
  return inject('neo4j');
}

/** A driver to the run's Neo4j; close it in afterAll. */
export function testDriver(): Driver {
  return createDriver(testCoordinates());
}

/** A label no other test uses, so tests that write data never see each other's nodes. */
export function uniqueLabel(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`;
}
