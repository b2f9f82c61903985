import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentReporter } from '../../src/log.js';
import { bundledDatasets, prepareDatasets, seed } from '../../src/loader/seed.js';
import { PROJECT_ROOT } from '../../src/neo4j/provision/local-jvm/layout.js';
import { testCoordinates, testDriver } from '../support/neo4j.js';

const DIR = join(PROJECT_ROOT, 'cypher', 'queries');
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.cypher')).sort();

/** `:param name => 'Jeff Sessions'` lines of a header, as parameters (what Neo4j Browser would set). */
function exampleParams(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/:param (\w+) => '([^']*)'/g)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']));
}

describe('named queries in cypher/queries/', () => {
  const driver = testDriver();
  const { database } = testCoordinates();
  beforeAll(async () => seed(driver, await prepareDatasets(bundledDatasets()), { database, reporter: silentReporter }));
  afterAll(() => driver.close());

  it('exist', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(3);
  });

  it.each(FILES)('%s documents its question, parameters and an example', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const header = text.split('\n').filter((line) => line.startsWith('//')).join('\n');
    expect(header).toMatch(/\/\/ Question: /);
    expect(header).toMatch(/\/\/ Parameters: /);
    expect(header).toMatch(/\/\/ Example: /);
    const used = new Set([...text.replace(/^\/\/.*$/gm, '').matchAll(/\$(\w+)/g)].map((m) => m[1]));
    for (const name of used) expect(header, `$${name} is documented`).toContain(`$${name}`);
    for (const name of used) expect(exampleParams(header), `the example sets $${name}`).toHaveProperty(name as string);
  });

  it.each(FILES)('%s answers its own example on the seeded graph, in a read transaction', async (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const result = await driver.executeQuery(text, exampleParams(text), { database, routing: neo4j.routing.READ });
    expect(result.records.length).toBeGreaterThan(0);
  });
});
