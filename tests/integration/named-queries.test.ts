import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { QUERY_NAMES } from '../../src/queries/index.js';
import { testCoordinates, testDriver, seedBundled } from '../support/neo4j.js';

const DIR = join(PROJECT_ROOT, 'cypher', 'queries');
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.cypher'))
  .sort();

/** The `:param name => <Cypher literal>` settings of a header's example, unevaluated. */
function exampleParamTexts(header: string): Map<string, string> {
  const example = header.split('\n').find((line) => line.startsWith('// Example:')) ?? '';
  return new Map(
    [...example.matchAll(/:param (\w+) => (.+?)(?=\s+:param |\s+then |\s+gives |$)/g)].map(
      (m): [string, string] => [m[1] ?? '', m[2] ?? ''],
    ),
  );
}

describe('named queries in cypher/queries/', () => {
  const driver = testDriver();
  const { database } = testCoordinates();
  beforeAll(async () => seedBundled(driver));
  afterAll(() => driver.close());

  it("are exactly the registry's queries: no file the code never runs, no name without a file", () => {
    const names = FILES.map((file) => file.replace(/\.cypher$/, '')).sort();
    expect(names).toEqual([...QUERY_NAMES].sort());
  });

  it.each(FILES)('%s documents its question, parameters and an example', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const header = text
      .split('\n')
      .filter((line) => line.startsWith('//'))
      .join('\n');
    expect(header).toMatch(/\/\/ Question: /);
    expect(header).toMatch(/\/\/ Parameters: /);
    expect(header).toMatch(/\/\/ Example: /);
    const used = new Set([...text.replace(/^\/\/.*$/gm, '').matchAll(/\$(\w+)/g)].map((m) => m[1]));
    for (const name of used) expect(header, `$${name} is documented`).toContain(`$${name}`);
    const example = exampleParamTexts(header);
    for (const name of used)
      expect(example.has(name as string), `the example sets $${name}`).toBe(true);
  });

  it.each(FILES)(
    '%s answers its own example on the seeded graph, in a read transaction',
    async (file) => {
      const text = readFileSync(join(DIR, file), 'utf8');
      // Neo4j evaluates each literal, as `:param` in Neo4j Browser does.
      const params: Record<string, unknown> = {};
      for (const [name, literal] of exampleParamTexts(text)) {
        const evaluated = await driver.executeQuery(`RETURN ${literal} AS value`, {}, { database });
        params[name] = evaluated.records[0]?.get('value');
      }
      const result = await driver.executeQuery(text, params, {
        database,
        routing: neo4j.routing.READ,
      });
      expect(result.records.length).toBeGreaterThan(0);
    },
  );
});
