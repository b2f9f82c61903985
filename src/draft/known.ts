import type { KnownEntity } from './entities.js';

/**
 * The people, organisations and countries a dataset defines (`--link` files), as entities a
 * draft may link to. Read from the parsed file as it is (a file with other problems still names
 * its entities).
 */
export function knownFromDataset(data: unknown, from: string): KnownEntity[] {
  if (typeof data !== 'object' || data === null) return [];
  const d = data as Record<string, unknown>;
  const out: KnownEntity[] = [];
  const kinds = [
    ['people', 'person'],
    ['organizations', 'org'],
    ['countries', 'country'],
  ] as const;
  for (const [collection, kind] of kinds) {
    const items = Array.isArray(d[collection]) ? (d[collection] as unknown[]) : [];
    for (const item of items) {
      const e = item as { id?: unknown; name?: unknown; aliases?: unknown } | null;
      if (typeof e?.id !== 'string' || typeof e.name !== 'string') continue;
      const aliases = Array.isArray(e.aliases)
        ? e.aliases.filter((a): a is string => typeof a === 'string')
        : [];
      out.push({ id: e.id, kind, name: e.name, aliases, from });
    }
  }
  return out;
}
