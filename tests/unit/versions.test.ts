import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { NEO4J_BROWSER_VERSION, NEO4J_VERSION } from '../../src/neo4j/provision/versions.js';

describe('pinned versions agree everywhere', () => {
  const pom = readFileSync(join(PROJECT_ROOT, 'neo4j', 'pom.xml'), 'utf8');

  it('neo4j/pom.xml pins the Neo4j and Browser versions of versions.ts', () => {
    expect(/<neo4j\.version>([^<]+)</.exec(pom)?.[1]).toBe(NEO4J_VERSION);
    expect(/<neo4j\.browser\.version>([^<]+)</.exec(pom)?.[1]).toBe(NEO4J_BROWSER_VERSION);
  });

  it('is a 5.26 patch, the last line that runs on Java 17', () => {
    expect(NEO4J_VERSION).toMatch(/^5\.26\.\d+$/);
  });
});
