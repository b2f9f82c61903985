import { z } from 'zod';
import { datasetSchema, type Dataset } from './schema.js';

type Path = PropertyKey[];

/** The entries of a file that pass the schema on their own, for the checks that follow it. */
export interface Salvaged {
  dataset: Dataset;
  /** Ids of entries that failed the schema: references to them are not "unknown". */
  invalidIds: Set<string>;
  /** Collections from which at least one entry was dropped. */
  dropped: Set<string>;
  /** A path into `dataset` as the same place in the file. */
  originalPath: (path: Path) => Path;
}

const COLLECTIONS = Object.entries(datasetSchema.shape).flatMap(([key, schema]) => {
  const array = schema instanceof z.ZodDefault ? schema.unwrap() : schema;
  return array instanceof z.ZodArray ? [[key, array.element] as const] : [];
});

/**
 * Parses each entry of each collection on its own and keeps those that pass, remembering their
 * index in the file. Undefined when the file is not even an object of collections.
 */
export function salvage(data: unknown): Salvaged | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const raw = data as Record<string, unknown>;
  const dataset: Record<string, unknown> = { dataset: raw.dataset };
  const indices = new Map<string, number[]>();
  const invalidIds = new Set<string>();
  const dropped = new Set<string>();
  for (const [key, element] of COLLECTIONS) {
    const kept: unknown[] = [];
    const at: number[] = [];
    const entries = Array.isArray(raw[key]) ? (raw[key] as unknown[]) : [];
    if (raw[key] !== undefined && !Array.isArray(raw[key])) dropped.add(key);
    entries.forEach((entry, index) => {
      const parsed = element.safeParse(entry);
      if (parsed.success) {
        kept.push(parsed.data);
        at.push(index);
        return;
      }
      dropped.add(key);
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id === 'string') invalidIds.add(id);
    });
    dataset[key] = kept;
    indices.set(key, at);
  }
  const originalPath = ([collection, index, ...rest]: Path): Path => {
    const original = typeof index === 'number' ? indices.get(String(collection))?.[index] : index;
    return [collection, original ?? index, ...rest].filter((segment) => segment !== undefined);
  };
  return { dataset: dataset as Dataset, invalidIds, dropped, originalPath };
}
