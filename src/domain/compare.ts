/**
 * How two sources' values of one field compare: pure rules, shared by the API and the CLI (which
 * asks through the API), so that every answer judges a disagreement the same way. Each rule says
 * what it understood; a value it does not understand is never silently taken as agreeing or
 * conflicting: the verdict is then `cannot-compare`.
 *
 * Verdicts, from the strongest:
 * - `conflicts`: both cannot be true (July 2016 against September 2016; twice against once);
 * - `cannot-compare`: a value the rules do not read ("several"): a person must look;
 * - `differs`: worded differently (places, descriptions, names, who is named): perhaps the same
 *   thing said otherwise, perhaps not; softer than a conflict;
 * - `agrees`: nothing to report.
 */
import { parseDateValue, unitOf, type Precision } from './dates.js';

export const VERDICTS = ['conflicts', 'cannot-compare', 'differs', 'agrees'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Comparison {
  verdict: Verdict;
  /** Why, in words a reader can check against the values. */
  reason: string;
}

/** The stronger of two verdicts (conflicts > cannot-compare > differs > agrees). */
export function strongest(a: Verdict, b: Verdict): Verdict {
  return VERDICTS.indexOf(a) <= VERDICTS.indexOf(b) ? a : b;
}

// ---------------------------------------------------------------------------------------------
// Dates

export interface DateSide {
  /** The curated value: 2016, 2016-07, 2016-09-08, 2017-03-02T16:00-05:00, ../2017-03-02. */
  value: string;
  /** The source says it only approximately ("about", "shortly after"). */
  approximate?: boolean;
}

/** The calendar days a date may mean; an open side is absent. */
export interface DayInterval {
  precision: Precision;
  start?: string;
  end?: string;
}

const shiftDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const shiftMonths = (day: string, months: number) => {
  const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};

/**
 * The days a date may mean, or a message when the value is not a date. An approximate date is
 * widened by one unit of its precision on each side (a year for a year, a month for a month, a
 * day for a day or a time): "about September 2016" may be late August.
 */
export function dateInterval(side: DateSide): DayInterval | string {
  const range = parseDateValue(side.value);
  if (typeof range === 'string') return range;
  if (!side.approximate) return range;
  // An interval is widened by the unit of its sides ('../2017-03-02': a day).
  const unit = unitOf(side.value);
  const widen = (day: string | undefined, sign: 1 | -1): string | undefined => {
    if (day === undefined) return undefined;
    if (unit === 'day' || unit === 'minute') return shiftDays(day, sign);
    const months = unit === 'year' ? 12 : 1;
    // The first day of the month `months` before, or the last day of the month `months` after.
    return sign < 0 ? shiftMonths(day, -months) : shiftDays(shiftMonths(day, months + 1), -1);
  };
  const start = widen(range.start, -1);
  const end = widen(range.end, 1);
  return {
    precision: range.precision,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
  };
}

/** How a date is read, for explanations: "2016-07-01 to 2016-07-31", "up to 2017-03-02". */
export function describeInterval(interval: DayInterval): string {
  const { start, end } = interval;
  if (start && end) return start === end ? start : `${start} to ${end}`;
  if (end) return `up to ${end}`;
  if (start) return `from ${start}`;
  return 'any time';
}

const label = (side: DateSide) => `${side.value}${side.approximate ? ' (approximate)' : ''}`;

/**
 * Dates agree when the days they may mean overlap, whatever their precisions: "July 2016" and
 * "2016-07-20" agree; "August 2016" and "2016-09-08" conflict; an open `../2017-03-02` agrees
 * with anything up to its end.
 */
export function compareDates(a: DateSide, b: DateSide): Comparison {
  const [x, y] = [dateInterval(a), dateInterval(b)];
  if (typeof x === 'string') return { verdict: 'cannot-compare', reason: `not a date: ${x}` };
  if (typeof y === 'string') return { verdict: 'cannot-compare', reason: `not a date: ${y}` };
  const overlap =
    (x.end === undefined || y.start === undefined || y.start <= x.end) &&
    (y.end === undefined || x.start === undefined || x.start <= y.end);
  const words = `${label(a)} (${describeInterval(x)}) and ${label(b)} (${describeInterval(y)})`;
  return overlap
    ? { verdict: 'agrees', reason: `${words} overlap` }
    : { verdict: 'conflicts', reason: `${words} do not overlap` };
}

// ---------------------------------------------------------------------------------------------
// Counts

/** What a count's words mean: a range of whole numbers (max Infinity when open), or not understood. */
export type CountReading =
  | { understood: true; min: number; max: number; words: string; reading: string }
  | { understood: false; words: string; reading: string };

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen', 'twenty',
]; // prettier-ignore
const TIMES_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/** A number in digits or in words (zero to twenty), or undefined. */
function readNumber(word: string): number | undefined {
  if (/^\d{1,9}$/.test(word)) return Number(word);
  const index = NUMBER_WORDS.indexOf(word);
  return index >= 0 ? index : undefined;
}

/** "about N": within a tenth of N, and at least one either way. */
const aboutMargin = (n: number) => Math.max(1, Math.round(n / 10));

const QUALIFIERS: [RegExp, (n: number) => [number, number], (n: number) => string][] = [
  [/^(over|more than) /, (n) => [n + 1, Infinity], (n) => `${n + 1} or more`],
  [/^at least /, (n) => [n, Infinity], (n) => `${n} or more`],
  [
    /^(about|around|approximately|roughly) /,
    (n) => [Math.max(0, n - aboutMargin(n)), n + aboutMargin(n)],
    (n) => `${Math.max(0, n - aboutMargin(n))} to ${n + aboutMargin(n)}`,
  ],
  [/^/, (n) => [n, n], (n) => `exactly ${n}`],
];

/**
 * Reads a count as sources word it. Understood: a number in digits or words (zero to twenty),
 * `once`/`twice`/`thrice`, a trailing `times` ("two times"), and a leading `over`/`more than` N
 * (N+1 or more), `at least` N (N or more), `about`/`around`/`approximately`/`roughly` N (within a
 * tenth of N, at least 1). No count at all (null) is ONE occurrence: an event recorded without a
 * count happened once. Anything else ("several", "a dozen", "dozens") is not understood.
 */
export function readCount(words: string | null | undefined): CountReading {
  if (words === null || words === undefined || words.trim() === '') {
    return { understood: true, min: 1, max: 1, words: '', reading: 'exactly 1 (no count given)' };
  }
  const text = words.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const once = TIMES_WORDS[text];
  if (once !== undefined)
    return { understood: true, min: once, max: once, words, reading: `exactly ${once}` };
  for (const [pattern, range, describe] of QUALIFIERS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length).replace(/ times$/, '');
    const n = readNumber(rest);
    if (n === undefined) break;
    const [min, max] = range(n);
    return { understood: true, min, max, words, reading: describe(n) };
  }
  return { understood: false, words, reading: 'not a count the rules read' };
}

const countLabel = (r: CountReading) => (r.words ? `"${r.words}" (${r.reading})` : r.reading);

/** Counts conflict when their ranges do not overlap: "twice" against no count (once) does; "over 25" and "26" agree. */
export function compareCounts(
  a: string | null | undefined,
  b: string | null | undefined,
): Comparison {
  const [x, y] = [readCount(a), readCount(b)];
  const words = `${countLabel(x)} and ${countLabel(y)}`;
  if (!x.understood || !y.understood) return { verdict: 'cannot-compare', reason: words };
  const overlap = x.min <= y.max && y.min <= x.max;
  return overlap
    ? { verdict: 'agrees', reason: `${words} overlap` }
    : { verdict: 'conflicts', reason: `${words} cannot both be true` };
}

// ---------------------------------------------------------------------------------------------
// Text: places, descriptions, names, kinds

/**
 * Text as it is compared: Unicode-compatible forms unified (NFKC), case and accents ignored,
 * punctuation and spacing collapsed, and a leading article (the, a, an) dropped. "The Russian
 * envoy." and "Russian envoy" are the same; "an office" and "his Senate office" are not.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|a|an) /, '');
}

/** Texts differ when their normalised forms do; never a conflict (wording is not a contradiction). */
export function compareTexts(a: string, b: string): Comparison {
  return normaliseText(a) === normaliseText(b)
    ? { verdict: 'agrees', reason: 'the same once case, accents and punctuation are ignored' }
    : { verdict: 'differs', reason: `"${a}" and "${b}" are worded differently` };
}

// ---------------------------------------------------------------------------------------------
// Participants

export interface Named {
  id: string;
  name: string;
}

/** Who takes part in one version and not in the other: differs (a report may name fewer people). */
export function compareParticipants(
  a: { label: string; participants: Named[] },
  b: { label: string; participants: Named[] },
): Comparison {
  const missing = (from: Named[], to: Named[]) =>
    from.filter((p) => !to.some((q) => q.id === p.id)).map((p) => p.name);
  const onlyA = missing(a.participants, b.participants);
  const onlyB = missing(b.participants, a.participants);
  if (onlyA.length === 0 && onlyB.length === 0)
    return { verdict: 'agrees', reason: 'the same people take part' };
  const part = (names: string[], has: string, lacks: string) =>
    names.length > 0 ? [`${names.join(', ')} in ${has}'s version, not in ${lacks}'s`] : [];
  return {
    verdict: 'differs',
    reason: [...part(onlyA, a.label, b.label), ...part(onlyB, b.label, a.label)].join('; '),
  };
}

// ---------------------------------------------------------------------------------------------
// Stances (attributed words)

/** Stances that cannot both be the same speaker's view of one thing: denying it, and asserting or defending it. */
const OPPOSED: [string, string][] = [
  ['denies', 'asserts'],
  ['denies', 'defends'],
];

/** Two statements by one speaker about one thing conflict when one denies what the other asserts or defends. */
export function compareStances(a: string, b: string): Comparison {
  const opposed = OPPOSED.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
  return opposed
    ? { verdict: 'conflicts', reason: `one statement ${a} what the other ${b}` }
    : { verdict: 'agrees', reason: `${a} and ${b} are not opposed` };
}
