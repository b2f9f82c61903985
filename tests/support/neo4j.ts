import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { bundledDatasets, prepareDatasets, seed } from '../../src/loader/seed.js';
import { silentReporter } from '../../src/log.js';
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

/** Seeds the bundled datasets (data/seed) into the run's database, as `testimony seed` does. */
export async function seedBundled(driver?: Driver): Promise<void> {
  const own = driver ?? testDriver();
  try {
    await seed(own, await prepareDatasets(bundledDatasets()), {
      database: testCoordinates().database,
      reporter: silentReporter,
    });
  } finally {
    if (!driver) await own.close();
  }
}
