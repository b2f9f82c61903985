import { fold } from './entities.js';
import { findMentions } from './mentions.js';
import { analyse } from './text.js';

/**
 * The names an article uses, folded (lower case, no accents), with each name's last word: what
 * to look up among the entities already in the graph (`--graph`) before drafting it.
 */
export function mentionNames(text: string): string[] {
  const names = new Set<string>();
  for (const m of findMentions(analyse(text).sentences)) {
    if (m.kind !== 'person' && m.kind !== 'org' && m.kind !== 'country' && m.kind !== 'unknown')
      continue;
    const name = fold(m.text);
    names.add(name);
    names.add(name.split(' ').at(-1) ?? name);
  }
  return [...names].sort();
}
