import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/index.js';
import { csvImportOptions } from '../../src/export/index.js';
import { silentReporter } from '../../src/log.js';
import { createDriver } from '../../src/neo4j/index.js';
import {
  adminImport,
  freePort,
  localLayout,
  startLocalJvm,
} from '../../src/neo4j/provision/index.js';
import { runCli, neo4jEnv } from '../support/cli.js';
import { graphChecksum, graphCounts } from '../support/graph.js';
import {
  testCoordinates,
  testDriver,
  seedBundled,
  LOCAL_JVM_ONLY,
  withoutLocalJvm,
} from '../support/neo4j.js';

const SEMICOLON_ALIAS = 'Jeff; the Senator from Alabama';
const aliasesOf = async (driver: Driver, database: string) =>
  (
    await driver.executeQuery(
      'MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases',
      { id: 'person:jeff-sessions' },
      { database },
    )
  ).records[0]?.get('aliases') as string[];

describe('testimony export', () => {
  const driver = testDriver();
  const target = testCoordinates();
  const env = neo4jEnv(target);
  const out = mkdtempSync(join(tmpdir(), 'testimony-export-'));
  let source: Awaited<ReturnType<typeof graphCounts>>;

  beforeAll(async () => {
    await seedBundled(driver);
    // ';' is neo4j-admin's default array delimiter: the export must pick another, not fail.
    await driver.executeQuery(
      'MATCH (p:Person {id: $id}) SET p.aliases = coalesce(p.aliases, []) + $alias',
      { id: 'person:jeff-sessions', alias: SEMICOLON_ALIAS },
      { database: target.database },
    );
    source = await graphCounts(driver, target.database);
  });
  afterAll(async () => {
    await driver.executeQuery(
      'MATCH (p:Person {id: $id}) SET p.aliases = [a IN p.aliases WHERE a <> $alias]',
      { id: 'person:jeff-sessions', alias: SEMICOLON_ALIAS },
      { database: target.database },
    );
    await driver.close();
  });

  const total = (counts: Record<string, number>) =>
    Object.values(counts).reduce((a, b) => a + b, 0);

  it('JSON holds every node and relationship', async () => {
    const run = await runCli(
      ['export', '--format', 'json', '--out', join(out, 'graph.json')],
      env,
      { bin: true },
    );
    expect(run.code).toBe(0);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as {
      nodes: unknown[];
      relationships: unknown[];
    };
    expect(graph.nodes).toHaveLength(source.labels.Entity! + source.labels.Evidence!);
    expect(graph.relationships).toHaveLength(total(source.types));
  });

  it('GraphML is well-formed XML with the right node and edge counts', async () => {
    const run = await runCli(
      ['export', '--format', 'graphml', '--out', join(out, 'graph.graphml')],
      env,
      { bin: true },
    );
    expect(run.code).toBe(0);
    const xml = readFileSync(join(out, 'graph.graphml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['node', 'edge', 'key', 'data'].includes(name),
    }).parse(xml) as { graphml: { graph: { node: unknown[]; edge: unknown[] } } };
    expect(doc.graphml.graph.node).toHaveLength(source.labels.Entity! + source.labels.Evidence!);
    expect(doc.graphml.graph.edge).toHaveLength(total(source.types));
  });

  // neo4j-admin import runs on the local Maven-built Neo4j, into a local instance of its own.
  it.skipIf(withoutLocalJvm())(
    `CSV loads into an empty Neo4j with neo4j-admin database import, giving the same counts ${LOCAL_JVM_ONLY}`,
    async () => {
      const csv = join(out, 'csv');
      const run = await runCli(['export', '--format', 'csv', '--out', csv], env, { bin: true });
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(
        "neo4j-admin database import full neo4j --multiline-fields=true --array-delimiter='|'",
      );
      // A fresh instance of its own: created, stopped, imported into, started again.
      const fresh = loadEnv({
        ...process.env,
        NEO4J_URI: '',
        TESTIMONY_NEO4J_INSTANCE: `import-${process.pid}`,
        TESTIMONY_NEO4J_BOLT_PORT: String(await freePort()),
        TESTIMONY_NEO4J_HTTP_PORT: String(await freePort()),
      });
      const layout = localLayout(fresh);
      try {
        await (await startLocalJvm(fresh, silentReporter)).stop();
        await adminImport(fresh, csv, join(out, 'import.report'), csvImportOptions(csv));
        const neo4j = await startLocalJvm(fresh, silentReporter);
        const copy = createDriver(neo4j.coordinates);
        try {
          const counts = await graphCounts(copy, neo4j.coordinates.database);
          expect(counts).toEqual(source);
          const aliases = await aliasesOf(copy, neo4j.coordinates.database);
          expect(aliases).toContain(SEMICOLON_ALIAS);
          expect(aliases).toEqual(await aliasesOf(driver, target.database));
          // Every property of every node and relationship, not only the counts.
          expect(await graphChecksum(copy, neo4j.coordinates.database)).toEqual(
            await graphChecksum(driver, target.database),
          );
        } finally {
          await copy.close();
          await neo4j.stop();
        }
      } finally {
        await rm(layout.instance, { recursive: true, force: true });
      }
      // A hang guard, not a timing claim: this test starts a Neo4j of its own twice.
    },
    300_000,
  );
});
