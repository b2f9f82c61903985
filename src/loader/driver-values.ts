import { type Props, DAY_PROPERTIES } from '../dataset/index.js';
import { CalendarDay, toNeo4j } from '../neo4j/index.js';

/** A row's properties with its calendar days marked as such (the dataset stage sends plain strings). */
function withDays(props: Props): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => [
      key,
      DAY_PROPERTIES.has(key) && typeof value === 'string' ? new CalendarDay(value) : value,
    ]),
  );
}

/**
 * One of the dataset's plain rows as driver values, right before writing: day properties become
 * DATE, whole numbers INTEGER (see toNeo4j). A row with `props` (node, relationship) gets its days.
 */
export function toDriverRow(row: object): unknown {
  return toNeo4j('props' in row ? { ...row, props: withDays(row.props as Props) } : row);
}

export const toDriverRows = (rows: readonly object[]): unknown[] => rows.map(toDriverRow);
