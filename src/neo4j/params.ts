import neo4j from 'neo4j-driver';

/** A calendar day (YYYY-MM-DD) to be stored as a Neo4j DATE. */
export class CalendarDay {
  constructor(readonly iso: string) {}
}

/**
 * Converts parameter values to the Neo4j types they stand for: a CalendarDay becomes a DATE,
 * a whole number an INTEGER (plain JS numbers travel as FLOAT, which LIMIT refuses and which
 * would store offsets as 12.0). Used for every query, loader and reads alike.
 */
export function toNeo4j(value: unknown): unknown {
  if (value instanceof CalendarDay) {
    const [year, month, day] = value.iso.split('-').map(Number);
    return new neo4j.types.Date(year ?? 0, month ?? 1, day ?? 1);
  }
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNeo4j(inner)]));
  }
  return value;
}
