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

  it('publishes 7474, 7687 and 4000 on 127.0.0.1 unless TESTIMONY_BIND_ADDRESS says otherwise', () => {
    const bound = (port: number) => `\${TESTIMONY_BIND_ADDRESS:-127.0.0.1}:${port}:${port}`;
    expect(neo4j.ports).toEqual([bound(7474), bound(7687)]);
    expect(app.ports).toEqual([bound(4000)]);
  });

  it('requires NEO4J_PASSWORD (no default) for both services', () => {
    const required = /^\$\{NEO4J_PASSWORD:\?[^}]+\}$/;
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    expect(app.environment.NEO4J_PASSWORD).toMatch(required);
    expect(readFileSync(join(PROJECT_ROOT, '.env.example'), 'utf8')).toMatch(/^NEO4J_PASSWORD=$/m);
  });

  it("restricts Neo4j's HTTP CORS to the Browser's origin and turns file imports off", () => {
    expect(neo4j.environment.NEO4J_dbms_security_http__access__control__allow__origin).toBe(
      'http://localhost:7474',
    );
    expect(neo4j.environment.NEO4J_dbms_security_allow__csv__import__from__file__urls).toBe(
      'false',
    );
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
    // 0.0.0.0 in the container needs API tokens or --insecure (published on loopback only).
    expect(app.command?.join(' ')).toContain('--insecure');
    expect(app.environment?.TESTIMONY_API_TOKEN_HASHES).toBe('${TESTIMONY_API_TOKEN_HASHES:-}');
    expect(app.environment.NEO4J_URI).toBe('neo4j://neo4j:7687');
    // The API listens on all interfaces inside its container (published on the host's loopback).
    expect(app.environment.TESTIMONY_API_HOST).toBe('0.0.0.0');
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    // neo4j:// routing inside the network needs the server to advertise its service name.
    expect(neo4j.environment.NEO4J_server_default__advertised__address).toBe('neo4j');
  });
});
