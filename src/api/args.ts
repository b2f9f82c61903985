import {
  DEFAULT_CLAIM_FILTER,
  DEFAULT_DATE_FILTER,
  PATH_TYPES,
  type ClaimFilter,
  type ClaimFilterValue,
  type DateFilter,
  type DateFilterValue,
} from '../domain/index.js';
import { MAX_HOPS } from '../queries/index.js';
import { badInput } from './errors.js';

/** Limits on arguments, checked before any query runs. */
export const LIMITS = {
  first: { min: 1, max: 100, default: 20 },
  // The path queries' own bound (hop-bound.ts), so the API and the queries cannot disagree.
  maxHops: MAX_HOPS,
  searchText: { max: 200 },
} as const;

/** How many paths `paths` returns when `first` is not given. */
export const PATHS_DEFAULT_FIRST = 10;

export function pageSize(
  first: number | null | undefined,
  fallback: number = LIMITS.first.default,
): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < LIMITS.first.min || value > LIMITS.first.max) {
    throw badInput(
      'first',
      `must be between ${LIMITS.first.min} and ${LIMITS.first.max}; got ${value}.`,
    );
  }
  return value;
}

export function hops(maxHops: number | null | undefined): number {
  const value = maxHops ?? 4;
  if (!Number.isInteger(value) || value < LIMITS.maxHops.min || value > LIMITS.maxHops.max) {
    throw badInput(
      'maxHops',
      `must be between ${LIMITS.maxHops.min} and ${LIMITS.maxHops.max}; got ${value}.`,
    );
  }
  return value;
}

/**
 * A from/to window as the named queries take it: $from, $to, and $dates, how the window selects
 * ('within', the default: certainly inside it; 'overlaps': may fall inside it). A window that
 * ends before it starts is refused, naming `from`.
 */
export function dateRange(
  from: string | null | undefined,
  to: string | null | undefined,
  dates?: DateFilterValue | null,
): { from: string | null; to: string | null; dates: DateFilter } {
  if (from && to && from > to)
    throw badInput('from', `must not be after "to"; got from ${from}, to ${to}.`);
  return {
    from: from ?? null,
    to: to ?? null,
    dates: dates ? (dates.toLowerCase() as DateFilter) : DEFAULT_DATE_FILTER,
  };
}

export function relationshipTypes(via: readonly string[] | null | undefined): string[] {
  if (!via) return [...PATH_TYPES];
  if (via.length === 0)
    throw badInput('via', `must name at least one of: ${PATH_TYPES.join(', ')}.`);
  const unknown = via.filter((type) => !(PATH_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0)
    throw badInput(
      'via',
      `has unknown relationship types ${unknown.join(', ')}; allowed: ${PATH_TYPES.join(', ')}.`,
    );
  return [...new Set(via)];
}

/** Lucene's query syntax is escaped: search text is always plain words. */
export function searchQuery(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > LIMITS.searchText.max) {
    throw badInput(
      'text',
      `must be 1 to ${LIMITS.searchText.max} characters; got ${trimmed.length}.`,
    );
  }
  // Lower case first: Lucene's operators AND, OR, NOT are upper-case words (the index lower-cases anyway).
  const escaped = trimmed.toLowerCase().replace(/([+\-!(){}[\]^"~*?:\\/]|&&|\|\|)/g, '\\$1');
  // Words must all match (AND), so "Sessions Kislyak" narrows rather than widens.
  return escaped.split(/\s+/).join(' AND ');
}

/** The API's ClaimFilter as the named queries spell $claims; null (an explicit null) is the default. */
export function claimFilter(value: ClaimFilterValue | null | undefined): ClaimFilter {
  return value ? (value.toLowerCase() as ClaimFilter) : DEFAULT_CLAIM_FILTER;
}
