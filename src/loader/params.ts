import neo4j from 'neo4j-driver';
import { CalendarDay, type PropValue } from '../dataset/compile.js';

/**
 * Converts plain row values to the Neo4j types they stand for: a CalendarDay becomes a DATE,
 * a whole number an INTEGER (plain JS numbers would be stored as FLOAT).
 */
export function toNeo4j(value: unknown): unknown {
  if (value instanceof CalendarDay) {
    const [year, month, day] = value.iso.split('-').map(Number);
    return new neo4j.types.Date(year ?? 0, month ?? 1, day ?? 1);
  }
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNeo4j(inner)]));
  }
  return value;
}

export type { PropValue };
