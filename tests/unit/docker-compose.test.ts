import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/paths.js';
import { NEO4J_DOCKER_IMAGE } from '../../src/neo4j/provision/versions.js';

interface Service {
  image: string;
  environment: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[]; interval: string; retries: number };
  depends_on?: Record<string, { condition: string }>;
  command?: string[];
}

const compose = parse(readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

describe('docker-compose.yml', () => {
  const neo4j = compose.services.neo4j!;
  const app = compose.services.app!;

  it('runs the pinned Neo4j Community image with auth from .env and a named volume', () => {
    expect(neo4j.image).toBe(NEO4J_DOCKER_IMAGE);
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
  });

  it('publishes 7474 and 7687', () => {
    expect(neo4j.ports).toEqual(expect.arrayContaining(['7474:7474', '7687:7687']));
  });

  it('has a healthcheck that runs a query over Bolt', () => {
    expect(neo4j.healthcheck?.test[0]).toBe('CMD-SHELL');
    expect(neo4j.healthcheck?.test[1]).toContain('cypher-shell');
    expect(neo4j.healthcheck?.test[1]).toContain('RETURN 1');
    expect(neo4j.healthcheck?.retries).toBeGreaterThan(0);
  });

  it('starts the app on Node 24 with npm start, pointed at neo4j:// once Neo4j is healthy', () => {
    expect(app.image).toMatch(/^node:24/);
    expect(app.command?.join(' ')).toContain('npm start');
    expect(app.environment.NEO4J_URI).toBe('neo4j://neo4j:7687');
    // The API listens on all interfaces inside its container, published on 4000.
    expect(app.environment.TESTIMONY_API_HOST).toBe('0.0.0.0');
    expect(app.ports).toContain('4000:4000');
    expect(app.environment.NEO4J_PASSWORD).toBe('${NEO4J_PASSWORD}');
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    // neo4j:// routing inside the network needs the server to advertise its service name.
    expect(neo4j.environment.NEO4J_server_default__advertised__address).toBe('neo4j');
  });
});
