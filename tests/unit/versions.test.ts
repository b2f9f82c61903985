import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/paths.js';
import {
  NEO4J_BROWSER_VERSION,
  NEO4J_DOCKER_IMAGE,
  NEO4J_VERSION,
} from '../../src/neo4j/provision/versions.js';

/**
 * Maven and Compose cannot import versions.ts, so each repeats the pins; this is what keeps the
 * local-JVM server, the Docker container and the code on one Neo4j.
 */
describe('pinned versions agree everywhere', () => {
  const pom = readFileSync(join(PROJECT_ROOT, 'neo4j', 'pom.xml'), 'utf8');
  const pomVersion = /<neo4j\.version>([^<]+)</.exec(pom)?.[1];
  const compose = parse(readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as {
    services: { neo4j: { image: string } };
  };

  it('neo4j/pom.xml pins the Neo4j and Browser versions of versions.ts', () => {
    expect(pomVersion).toBe(NEO4J_VERSION);
    expect(/<neo4j\.browser\.version>([^<]+)</.exec(pom)?.[1]).toBe(NEO4J_BROWSER_VERSION);
  });

  it("docker-compose.yml runs the pom's Neo4j version, the image the code pulls", () => {
    expect(compose.services.neo4j.image).toBe(`neo4j:${pomVersion}-community`);
    expect(compose.services.neo4j.image).toBe(NEO4J_DOCKER_IMAGE);
  });
});
