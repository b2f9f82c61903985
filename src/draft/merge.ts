import { parse } from 'yaml';
import { COLLECTIONS, type DraftDataset, type Item } from './build.js';

/**
 * A new draft of an article that was drafted before keeps the curator's decisions: ids are
 * stable, so an item the curator accepted (or edited and took the marker off) is kept as the
 * curator left it; a pending item is proposed afresh; an item the draft proposed before and the
 * curator deleted stays deleted (the draft lists what it proposed in its last comment); items
 * the curator added are kept. A pending item left pointing at a deleted one is dropped.
 */
export interface Merged {
  dataset: DraftDataset;
  /** Items kept as the curator left them. */
  kept: number;
  /** Proposals not made again because the curator deleted them. */
  rejected: number;
}

const PROPOSED = /^# testimony draft proposed:(.*)$/;

/** The ids the last draft proposed, from its closing comment. */
export function proposedIds(yamlText: string): Set<string> {
  const ids = new Set<string>();
  let inList = false;
  for (const line of yamlText.split('\n')) {
    const head = PROPOSED.exec(line);
    if (head) inList = true;
    else if (!/^#\s{2,}\S/.test(line)) inList = false;
    if (!inList) continue;
    for (const id of (head?.[1] ?? line.slice(1)).trim().split(/\s+/))
      if (/^[a-z]+:[a-z0-9-]+$/.test(id)) ids.add(id);
  }
  return ids;
}

export function mergeDrafts(fresh: DraftDataset, previousText: string): Merged {
  const previous = parse(previousText) as Record<string, unknown> | null;
  if (typeof previous !== 'object' || previous === null)
    return { dataset: fresh, kept: 0, rejected: 0 };
  const before = proposedIds(previousText);
  const merged: DraftDataset = {
    ...fresh,
    ...(typeof previous.dataset === 'string' ? { dataset: previous.dataset } : {}),
    ...(typeof previous.description === 'string' ? { description: previous.description } : {}),
  };
  let kept = 0;
  let rejected = 0;
  for (const collection of COLLECTIONS) {
    const old = new Map(itemsOf(previous[collection]).map((item) => [item.id, item]));
    const out: Item[] = [];
    for (const item of itemsOf(fresh[collection])) {
      const mine = old.get(item.id);
      old.delete(item.id);
      if (mine && mine.review !== 'pending') {
        out.push(mine);
        kept += 1;
      } else if (!mine && before.has(item.id)) rejected += 1;
      else out.push(item);
    }
    // The curator's own items, and accepted ones the draft no longer proposes.
    for (const mine of old.values())
      if (mine.review !== 'pending') {
        out.push(mine);
        kept += 1;
      }
    if (out.length > 0) merged[collection] = out;
    else delete merged[collection];
  }
  dropDangling(merged);
  return { dataset: merged, kept, rejected };
}

function itemsOf(value: unknown): Item[] {
  return Array.isArray(value)
    ? value.filter(
        (x): x is Item => typeof x === 'object' && x !== null && typeof (x as Item).id === 'string',
      )
    : [];
}

/** Ids an item points at (speaker, participants, holder, …), wherever they sit in it. */
function referencesOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/^(person|org|country|group|event|statement|matter|role|source):[a-z0-9-]+$/.test(value))
      out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => referencesOf(v, out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, v] of Object.entries(value))
      if (key !== 'id' && key !== 'evidence') referencesOf(v, out);
  return out;
}

/** Pending items that refer to an id no longer in the draft go too (until none does). */
function dropDangling(dataset: DraftDataset): void {
  for (let changed = true; changed;) {
    changed = false;
    const defined = new Set(COLLECTIONS.flatMap((c) => itemsOf(dataset[c]).map((i) => i.id)));
    for (const c of COLLECTIONS) {
      const items = itemsOf(dataset[c]);
      const keep = items.filter(
        (item) => item.review !== 'pending' || referencesOf(item).every((id) => defined.has(id)),
      );
      if (keep.length !== items.length) {
        changed = true;
        if (keep.length > 0) dataset[c] = keep;
        else delete dataset[c];
      }
    }
  }
}
