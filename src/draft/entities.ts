import { distance } from 'fastest-levenshtein';
import { COUNTRIES, type OrgKind } from './lexicon.js';
import type { Mention } from './mentions.js';

/**
 * Mentions grouped into the entities they name ("Sergey Kislyak" … "Kislyak"), each linked,
 * where it can be, to an entity already known (the other datasets given, or the graph) by name
 * and alias; the names this text uses become the entity's aliases.
 */
export type EntityKind = 'person' | 'org' | 'country';

export interface KnownEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Where it is known from: a dataset file, or "the graph". */
  from: string;
}

export interface Entity {
  key: string;
  kind: EntityKind;
  /** The fullest name the text uses (or, when linked, the known entity's name). */
  name: string;
  /** Every name the text uses for it, in order of first use. */
  forms: string[];
  mentions: Mention[];
  orgKind?: OrgKind;
  /** The known entity it was linked to, and how. */
  linked?: { entity: KnownEntity; how: string };
}

/** Case, accents, spacing and a leading "the" do not tell names apart. */
export const fold = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
const words = (name: string) => name.split(/\s+/);
const lastWord = (name: string) => words(name).at(-1) ?? name;

/** Groups the mentions of people, organisations and countries into entities. */
export function clusterEntities(mentions: Mention[]): Entity[] {
  const entities = new Map<string, Entity>();
  const add = (key: string, kind: EntityKind, m: Mention, name: string) => {
    const entity = entities.get(key) ?? { key, kind, name, forms: [], mentions: [] };
    if (m.orgKind && !entity.orgKind) entity.orgKind = m.orgKind;
    if (!entity.forms.includes(m.text)) entity.forms.push(m.text);
    entity.mentions.push(m);
    m.entity = key;
    entities.set(key, entity);
  };
  for (const m of mentions.filter((x) => x.kind === 'country')) {
    const name = COUNTRIES.get(fold(m.text)) ?? m.text;
    add(`country:${fold(name)}`, 'country', m, name);
  }
  const longestFirst = (kind: Mention['kind']) =>
    mentions.filter((x) => x.kind === kind).sort((a, b) => b.text.length - a.text.length);
  for (const m of longestFirst('org')) {
    const owner = [...entities.values()].find((e) => e.kind === 'org' && sameOrg(e.name, m.text));
    add(owner?.key ?? `org:${fold(m.text)}`, 'org', m, owner?.name ?? m.text);
  }
  for (const m of longestFirst('person')) {
    const owner = [...entities.values()].filter(
      (e) => e.kind === 'person' && samePerson(e.name, m.text),
    );
    // A surname two people share is ambiguous: it stays its own entity, for the curator.
    const key = owner.length === 1 ? owner[0]?.key : undefined;
    add(
      key ?? `person:${fold(m.text)}`,
      'person',
      m,
      owner.length === 1 ? (owner[0]?.name ?? m.text) : m.text,
    );
  }
  return [...entities.values()];
}

/** "Armed Services Committee" is the "Senate Armed Services Committee"; "FBI" its initials. */
function sameOrg(longer: string, shorter: string): boolean {
  const a = fold(longer);
  const b = fold(shorter);
  if (a === b) return true;
  if (words(b).length >= 2 && a.endsWith(` ${b}`)) return true;
  const initials = words(longer)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  return /^[A-Z]{2,6}$/.test(shorter) && initials === shorter;
}

/** "Kislyak" is "Sergey Kislyak"; "Sarah Flores" is "Sarah Isgur Flores". */
function samePerson(longer: string, shorter: string): boolean {
  const a = words(fold(longer));
  const b = words(fold(shorter));
  if (a.join(' ') === b.join(' ')) return true;
  if (b.length === 1) return a.length > 1 && a.at(-1) === b[0];
  return a[0] === b[0] && a.at(-1) === b.at(-1);
}

/**
 * Links each entity to a known one: by a name or alias it shares (any case or accent), or, for a
 * person, by the same surname and a first name within two letters ("Sergei"/"Sergey"). An entity
 * that fits two known ones is left unlinked, for the curator.
 */
export function linkEntities(entities: Entity[], known: KnownEntity[]): void {
  const byForm = new Map<string, KnownEntity[]>();
  for (const k of known)
    for (const form of [k.name, ...k.aliases]) {
      const list = byForm.get(`${k.kind}|${fold(form)}`) ?? [];
      if (!list.some((x) => x.id === k.id)) list.push(k);
      byForm.set(`${k.kind}|${fold(form)}`, list);
    }
  for (const entity of entities) {
    const exact = unique(
      entity.forms.flatMap((f) => byForm.get(`${entity.kind}|${fold(f)}`) ?? []),
    );
    if (exact.length === 1 && exact[0]) {
      const form = entity.forms.find((f) => byForm.get(`${entity.kind}|${fold(f)}`)?.length) ?? '';
      entity.linked = {
        entity: exact[0],
        how: `"${form}" is a name of ${exact[0].id} (${exact[0].from})`,
      };
      continue;
    }
    if (exact.length > 1 || entity.kind !== 'person' || words(entity.name).length < 2) continue;
    const near = known.filter(
      (k) => k.kind === 'person' && similarPerson(entity.name, [k.name, ...k.aliases]),
    );
    const candidates = unique(near);
    if (candidates.length === 1 && candidates[0])
      entity.linked = {
        entity: candidates[0],
        how: `"${entity.name}" is spelled like ${candidates[0].name} (${candidates[0].id}, ${candidates[0].from})`,
      };
  }
}

const unique = (list: KnownEntity[]) => [...new Map(list.map((k) => [k.id, k])).values()];

function similarPerson(name: string, knownNames: string[]): boolean {
  const [first = '', ...rest] = words(fold(name));
  const last = rest.at(-1) ?? '';
  return knownNames.some((k) => {
    const [kFirst = '', ...kRest] = words(fold(k));
    if ((kRest.at(-1) ?? '') !== last || kRest.length === 0) return false;
    return (
      distance(first, kFirst) <= 2 ||
      (first[0] === kFirst[0] && (first.length <= 2 || kFirst.length <= 2))
    );
  });
}

export { lastWord };
