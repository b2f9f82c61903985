/**
 * The dataset stage hands the loader plain rows (strings, numbers, booleans and lists of them),
 * no store types, so that it stays pure. Which plain values stand for a store type is said
 * here, once; the loader converts them right before writing.
 */

/** The dataset fields that hold a partial date; each becomes properties named after it (see dateProps). */
export const DATE_FIELDS = ['publishedAt', 'during', 'date', 'saidAt', 'announcedAt'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/**
 * The properties holding a calendar day (YYYY-MM-DD): the first and last day a partial date can
 * mean. The store keeps them as DATE, so that Cypher compares and sorts them as days.
 */
export const DAY_PROPERTIES: ReadonlySet<string> = new Set(
  DATE_FIELDS.flatMap((field) => [`${field}Start`, `${field}End`]),
);
