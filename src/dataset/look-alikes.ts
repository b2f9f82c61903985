import type { ValidDataset } from './validate.js';
import { lookAlikeKey } from './text-rules.js';

/** A name with where it was written: which entity, in which file. */
export interface NamedAt {
  name: string;
  id: string;
  file: string;
}

/** Every name and alias of the named entities, with whose it is. */
function* namesOf({ file, dataset }: ValidDataset): Generator<NamedAt> {
  const named = [
    dataset.people,
    dataset.organizations,
    dataset.countries,
    dataset.groups,
    dataset.matters,
  ];
  for (const entries of named)
    for (const entry of entries) {
      const aliases = 'aliases' in entry ? entry.aliases : [];
      for (const name of [entry.name, ...aliases]) yield { name, id: entry.id, file };
    }
}

/** Look-alike warnings over every dataset of a run (a name in one file can imitate one in another). */
export function lookAlikeWarnings(valid: readonly ValidDataset[]): string[] {
  return lookAlikes(valid.flatMap((one) => [...namesOf(one)]));
}

/**
 * Pairs of names that look alike but are not the same string, from different entities (an
 * entity's own alias may be its name without accents). One warning per look-alike group.
 */
export function lookAlikes(names: Iterable<NamedAt>): string[] {
  const groups = new Map<string, NamedAt[]>();
  for (const named of names) {
    const key = lookAlikeKey(named.name);
    const group = groups.get(key) ?? [];
    if (!group.some((other) => other.name === named.name && other.id === named.id))
      group.push(named);
    groups.set(key, group);
  }
  const warnings: string[] = [];
  for (const group of groups.values()) {
    const differ = group.some((a) => group.some((b) => a.id !== b.id && a.name !== b.name));
    if (!differ) continue;
    const listed = group.map((n) => `${JSON.stringify(n.name)} (${n.id}, ${n.file})`).join(', ');
    warnings.push(
      `names that look alike but differ: ${listed}; if they are one entity, use one id and one spelling`,
    );
  }
  return warnings;
}
