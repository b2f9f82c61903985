import neo4j from 'neo4j-driver';

/**
 * Neo4j values to plain JSON-able values: INTEGER to number (our integers are offsets and
 * counts, far below 2^53), DATE to `YYYY-MM-DD`, other temporal types to their ISO strings.
 */
export function toPlain(value: unknown): unknown {
  // Most values are strings, numbers and booleans: the hot path of every read, kept first.
  if (typeof value !== 'object' || value === null) return value;
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  const plain: Record<string, unknown> = {};
  for (const key in value) plain[key] = toPlain((value as Record<string, unknown>)[key]);
  return plain;
}
