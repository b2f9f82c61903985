import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

/** Neo4j values to plain, stably ordered JSON (integers, dates and lists included). */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown> & { toString(): string };
    // neo4j Integer, Date, DateTime: their string form is exact.
    if ('low' in object && 'high' in object) return object.toString();
    if ('year' in object && 'month' in object && 'day' in object) return object.toString();
    return Object.fromEntries(
      Object.keys(object)
        .sort()
        .map((key) => [key, plain(object[key])]),
    );
  }
  return value;
}

/** Counts and a SHA-256 over every node (labels, properties) and relationship (ends, type, properties). */
export async function graphChecksum(
  driver: Driver,
  database: string,
): Promise<{ nodes: number; relationships: number; sha256: string }> {
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id, labels(n)',
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
    {},
    { database },
  );
  const nodeLines = nodes.records.map((r) => JSON.stringify(plain(r.toObject())));
  // Relationships have no id of their own: sort their serialised form.
  const relLines = rels.records.map((r) => JSON.stringify(plain(r.toObject()))).sort();
  const sha256 = createHash('sha256')
    .update([...nodeLines, '--', ...relLines].join('\n'))
    .digest('hex');
  return { nodes: nodeLines.length, relationships: relLines.length, sha256 };
}

/** Counts per label and per relationship type in the whole graph. */
export async function graphCounts(driver: Driver, database: string) {
  const labels = await driver.executeQuery(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
    {},
    { database },
  );
  const types = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
    {},
    { database },
  );
  return {
    labels: Object.fromEntries(
      labels.records.map((r) => [String(r.get('label')), Number(r.get('n'))]),
    ),
    types: Object.fromEntries(
      types.records.map((r) => [String(r.get('type')), Number(r.get('n'))]),
    ),
  };
}

/** Empties the database (tests that need a known graph start here). */
export async function clearGraph(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
}
