import { parseDateValue } from '../../src/domain/index.js';

/**
 * Scores a draft (testimony draft's dataset) against the curated dataset of the same article:
 * people (recall, precision), attributed words (recall, speaker accuracy), dates (value and
 * precision), and the meetings between two given people. Items are matched by what a reader would
 * match them by: people by a name or alias they share (any case, accents ignored); statements by
 * evidence that overlaps in the text (half the shorter span at least); dates by where their words
 * are in the text. Pure: the caller reads the files.
 */
export type Item = Record<string, unknown> & { id: string };
export type Dataset = Record<string, unknown>;
export interface Span {
  start: number;
  end: number;
}

export interface Scores {
  people: {
    curated: number;
    drafted: number;
    matched: number;
    recall: number;
    precision: number;
    missed: string[];
    extra: string[];
  };
  quotes: {
    curated: number;
    found: number;
    rightSpeaker: number;
    recall: number;
    speakerAccuracy: number;
    misses: { id: string; why: string }[];
  };
  dates: {
    curated: number;
    carried: number;
    resolved: number;
    rightValue: number;
    rightPrecision: number;
    carriedRight: number;
    accuracy: number;
    rows: {
      text: string;
      curated: string;
      drafted: string;
      precision: string;
      ok: boolean;
      carried: boolean;
    }[];
    /** Curated date words that name no time (dated by the curator from other facts). */
    unscored: string[];
  };
  meetings: { curated: string; drafted?: string; date: string; ok: boolean }[];
}

/** A resolved date the draft found but no item carries (what --explain lists). */
export interface LooseDate {
  text: string;
  value: string;
  start: number;
}

export const fold = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const items = (d: Dataset, c: string): Item[] => (Array.isArray(d[c]) ? (d[c] as Item[]) : []);
const namesOf = (item: Item | undefined) =>
  item
    ? [item.name, ...((item.aliases as string[] | undefined) ?? [])]
        .filter((x): x is string => typeof x === 'string')
        .map(fold)
    : [];
const placeholder = (item: Item) => /unidentified-speaker/.test(item.id);

/** Where each evidence quote of an item is in the text (its `start`, else the first occurrence). */
function spans(text: string, item: Item | undefined): Span[] {
  const evidence = (item?.evidence as { quote: string; start?: number }[] | undefined) ?? [];
  return evidence.flatMap((e) => {
    const start = e.start ?? text.indexOf(e.quote);
    return start < 0 ? [] : [{ start, end: start + e.quote.length }];
  });
}

const overlap = (a: Span, b: Span) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const overlaps = (as: Span[], bs: Span[]) =>
  as.some((a) => bs.some((b) => overlap(a, b) >= 0.5 * Math.min(a.end - a.start, b.end - b.start)));

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function scoreDraft(
  text: string,
  curated: Dataset,
  draft: Dataset,
  looseDates: LooseDate[] = [],
  meetingPair: [string, string] = ['person:jeff-sessions', 'person:sergey-kislyak'],
): Scores {
  const entityMatch = matcher(text, curated, draft);
  return {
    people: scorePeople(curated, draft),
    quotes: scoreQuotes(text, curated, draft, entityMatch),
    dates: scoreDates(text, curated, draft, looseDates),
    meetings: scoreMeetings(curated, draft, entityMatch, meetingPair),
  };
}

function scorePeople(curated: Dataset, draft: Dataset): Scores['people'] {
  const gold = items(curated, 'people');
  const got = items(draft, 'people').filter((p) => !placeholder(p));
  const hit = (a: Item, list: Item[]) =>
    list.some((b) => namesOf(a).some((n) => namesOf(b).includes(n)));
  const found = gold.filter((p) => hit(p, got));
  const right = got.filter((p) => hit(p, gold));
  return {
    curated: gold.length,
    drafted: got.length,
    matched: found.length,
    recall: ratio(found.length, gold.length),
    precision: ratio(right.length, got.length),
    missed: gold.filter((p) => !hit(p, got)).map((p) => String(p.name)),
    extra: got.filter((p) => !hit(p, gold)).map((p) => String(p.name)),
  };
}

/** Draft id -> the curated id it names: same name or alias (people, organisations), or same words (groups). */
function matcher(
  text: string,
  curated: Dataset,
  draft: Dataset,
): (draftId: string) => string | undefined {
  const byId = (d: Dataset) =>
    new Map(
      ['people', 'organizations', 'groups', 'countries', 'sources'].flatMap((c) =>
        items(d, c).map((i) => [i.id, i] as const),
      ),
    );
  const gold = byId(curated);
  const mine = byId(draft);
  return (id) => {
    const item = mine.get(id);
    if (!item) return undefined;
    for (const [goldId, g] of gold) {
      if (goldId.split(':')[0] !== id.split(':')[0]) continue;
      if (namesOf(item).some((n) => namesOf(g).includes(n))) return goldId;
      if (id.startsWith('group:') && overlaps(spans(text, item), spans(text, g))) return goldId;
    }
    return undefined;
  };
}

function scoreQuotes(
  text: string,
  curated: Dataset,
  draft: Dataset,
  match: (id: string) => string | undefined,
): Scores['quotes'] {
  // What people and groups said: the report's own narration (spoken by its source) is not a quote.
  const gold = items(curated, 'statements').filter((s) => !String(s.speaker).startsWith('source:'));
  const got = items(draft, 'statements');
  let found = 0;
  let right = 0;
  const misses: { id: string; why: string }[] = [];
  for (const s of gold) {
    const candidates = got.filter((d) => overlaps(spans(text, s), spans(text, d)));
    if (candidates.length === 0) {
      misses.push({ id: s.id, why: `not proposed: "${String(s.text).slice(0, 80)}…"` });
      continue;
    }
    found += 1;
    const speakers = candidates.map((d) => match(String(d.speaker)) ?? String(d.speaker));
    if (speakers.includes(String(s.speaker))) right += 1;
    else
      misses.push({
        id: s.id,
        why: `speaker ${speakers.join(' / ')} instead of ${String(s.speaker)}`,
      });
  }
  return {
    curated: gold.length,
    found,
    rightSpeaker: right,
    recall: ratio(found, gold.length),
    speakerAccuracy: ratio(right, gold.length),
    misses,
  };
}

interface DateValue {
  value: string;
  text?: string;
}

/** Every date object of a dataset (date, saidAt, during, publishedAt, announcedAt), wherever it sits. */
function datesIn(value: unknown, out: DateValue[] = []): DateValue[] {
  if (Array.isArray(value)) value.forEach((v) => datesIn(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (
        ['date', 'saidAt', 'during', 'publishedAt', 'announcedAt'].includes(key) &&
        typeof v === 'object' &&
        v !== null &&
        typeof (v as DateValue).value === 'string'
      )
        out.push(v as DateValue);
      else datesIn(v, out);
    }
  }
  return out;
}

const precisionOf = (value: string) => {
  const parsed = parseDateValue(value);
  return typeof parsed === 'string'
    ? 'invalid'
    : parsed.precision + (value.includes('/') ? ' range' : '');
};

/** Where a date's words are in the text ("…" joins parts written apart). */
function located(text: string, words: string): Span[] {
  return words.split(/\s*…\s*/).flatMap((part) => {
    const at = part ? text.indexOf(part) : -1;
    return at < 0 ? [] : [{ start: at, end: at + part.length }];
  });
}

/**
 * Words that name a time: a month, a weekday, a year, a clock time, or a relative one ("today",
 * "last year"). A curated date whose words name none ("released during the news conference") was
 * dated by the curator from other facts, not read from a date expression: it is not scored.
 */
const TIME_WORDS =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|tomorrow|week|weeks|month|months|year|years|ago|morning|evening|night|(?:19|20)\d{2})\b|\b[ap]\.m\./i;

function scoreDates(
  text: string,
  curated: Dataset,
  draft: Dataset,
  loose: LooseDate[],
): Scores['dates'] {
  const gold = new Map<string, DateValue>();
  const unscored = new Set<string>();
  for (const d of datesIn(curated)) {
    if (!d.text || located(text, d.text).length === 0) continue;
    if (TIME_WORDS.test(d.text)) gold.set(`${d.text}|${d.value}`, d);
    else unscored.add(d.text);
  }
  const carried = datesIn(draft)
    .filter((d) => d.text)
    .flatMap((d) =>
      located(text, d.text ?? '').map((span) => ({ ...span, value: d.value, carried: true })),
    );
  const all = [
    ...carried,
    ...loose.map((d) => ({
      start: d.start,
      end: d.start + d.text.length,
      value: d.value,
      carried: false,
    })),
  ];
  const rows: Scores['dates']['rows'] = [];
  let value = 0;
  let precision = 0;
  let carriedRight = 0;
  for (const d of gold.values()) {
    const where = located(text, d.text ?? '');
    const near = all.filter((x) => where.some((w) => overlap(w, x) > 0));
    const best =
      near.find((x) => x.value === d.value && x.carried) ??
      near.find((x) => x.value === d.value) ??
      near[0];
    const ok = best?.value === d.value;
    if (ok) value += 1;
    if (best && precisionOf(best.value) === precisionOf(d.value)) precision += 1;
    if (ok && best.carried) carriedRight += 1;
    rows.push({
      text: d.text ?? '',
      curated: d.value,
      drafted: best?.value ?? '(none)',
      precision: precisionOf(d.value),
      ok,
      carried: best?.carried ?? false,
    });
  }
  return {
    curated: gold.size,
    carried: carried.length,
    resolved: all.length,
    rightValue: value,
    rightPrecision: precision,
    carriedRight,
    accuracy: ratio(
      rows.filter((r) => r.ok && precisionOf(r.drafted) === r.precision).length,
      gold.size,
    ),
    rows,
    unscored: [...unscored],
  };
}

function scoreMeetings(
  curated: Dataset,
  draft: Dataset,
  match: (id: string) => string | undefined,
  pair: [string, string],
): Scores['meetings'] {
  const refs = (e: Item) =>
    ((e.participants as { ref: string }[] | undefined) ?? []).map((p) => p.ref);
  const dateOf = (e: Item) => (e.date as DateValue | undefined)?.value ?? '';
  const gold = items(curated, 'events').filter(
    (e) => e.kind === 'meeting' && pair.every((p) => refs(e).includes(p)),
  );
  return gold.map((g) => {
    const hit = items(draft, 'events').find(
      (e) =>
        pair.every((p) =>
          refs(e)
            .map((r) => match(r) ?? r)
            .includes(p),
        ) && dateOf(e) === dateOf(g),
    );
    return {
      curated: g.id,
      ...(hit ? { drafted: hit.id } : {}),
      date: dateOf(g),
      ok: hit !== undefined,
    };
  });
}

/**
 * Beyond the scored measures: for each kind of item the curator recorded, how many have a
 * counterpart in the draft (a shared name, or overlapping evidence), and which do not.
 */
export function coverage(
  text: string,
  curated: Dataset,
  draft: Dataset,
): { collection: string; curated: number; matched: number; missing: string[] }[] {
  const collections = [
    'people',
    'organizations',
    'countries',
    'groups',
    'matters',
    'events',
    'statements',
    'roles',
    'recusals',
    'demands',
    'sources',
  ];
  return collections
    .map((collection) => {
      const gold = items(curated, collection);
      const mine = items(draft, collection);
      const has = (g: Item) =>
        mine.some(
          (d) =>
            namesOf(d).some((n) => namesOf(g).includes(n)) ||
            overlaps(spans(text, g), spans(text, d)) ||
            // The article itself: the source document both read.
            (typeof g.file === 'string' && typeof d.file === 'string'),
        );
      const missing = gold.filter((g) => !has(g)).map((g) => g.id);
      return { collection, curated: gold.length, matched: gold.length - missing.length, missing };
    })
    .filter((row) => row.curated > 0);
}
