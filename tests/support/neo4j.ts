import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { bundledDatasets, prepareDatasets, seed } from '../../src/loader/index.js';
import { silentReporter } from '../../src/log.js';
import { createDriver, type Neo4jCoordinates } from '../../src/neo4j/index.js';

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

/**
 * Tests that run Neo4j's own Java tools or start local servers of their own (neo4j-admin, a
 * second instance, `npm start` without NEO4J_URI) need the local-JVM strategy: a JDK and the
 * Maven-assembled Neo4j. On a run provisioned by Docker or NEO4J_URI they skip, saying so.
 */
export const LOCAL_JVM_ONLY = '[local-JVM strategy only: needs a JDK and the Maven-built Neo4j]';

export function withoutLocalJvm(): boolean {
  return inject('neo4jStrategy') !== 'local-jvm';
}
