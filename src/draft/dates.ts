import * as chrono from 'chrono-node';

/**
 * Dates in the article, resolved against its publication date with honest precision: a value in
 * the dataset's date grammar (src/domain/dates.ts: YYYY, YYYY-MM, YYYY-MM-DD,
 * YYYY-MM-DDThh:mm±hh:mm, or an interval A/B), the article's words, and, when the value needed
 * inference, why. chrono-node finds absolute expressions ("July 2016", "March 2, 2017",
 * "4 p.m. EST"); relative ones ("last year", "Wednesday night", "earlier this week") are
 * resolved here, because chrono resolves them against "now" rather than the text's own time.
 */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  value: string;
  inferred?: string;
  approximate?: boolean;
}

/** The day the article was published, as YYYY-MM-DD, with what it is resolved against. */
interface Clock {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  iso: string;
  /** "Thursday 2 March 2017". */
  spoken: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
};
const spokenDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

function clockOf(published: string): Clock {
  const d = new Date(`${published}T00:00:00Z`);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    iso: published,
    spoken: spokenDay(published),
  };
}

const NUMBERS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

type Rule = {
  pattern: RegExp;
  resolve: (match: RegExpExecArray, clock: Clock) => Omit<DateMention, 'start' | 'end' | 'text'>;
};

const fromPublication = (clock: Clock) => `the publication date, ${clock.spoken}`;

/** Relative expressions, resolved against the publication date. */
const RULES: Rule[] = [
  {
    // "the last several weeks", "the past few months": up to the publication date, start unknown.
    pattern:
      /\b(?:the\s+)?(?:last|past)\s+(several|few|many|couple of)\s+(days|weeks|months|years)\b/gi,
    resolve: (m, c) => ({
      value: `../${c.iso}`,
      inferred: `"${m[0]}" ends at ${fromPublication(c)}; its start is not given`,
    }),
  },
  {
    // "the past two weeks": a span ending at the publication date.
    pattern:
      /\b(?:the\s+)?(?:last|past)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days|weeks|months)\b/gi,
    resolve: (m, c) => {
      const n = NUMBERS[m[1]?.toLowerCase() ?? ''] ?? Number(m[1]);
      const unit = m[2]?.toLowerCase() ?? 'days';
      const days = unit === 'days' ? n : unit === 'weeks' ? 7 * n : 30 * n;
      return {
        value: `${addDays(c.iso, -days)}/${c.iso}`,
        inferred: `"${m[0]}" counted back from ${fromPublication(c)}`,
      };
    },
  },
  {
    pattern: /\bearlier\s+this\s+week\b/gi,
    resolve: (_m, c) => {
      const monday = addDays(c.iso, -((c.weekday + 6) % 7));
      const before = addDays(c.iso, -1);
      return monday > before
        ? { value: c.iso, inferred: `"earlier this week" on a Monday: ${fromPublication(c)}` }
        : {
            value: `${monday}/${before}`,
            inferred: `from the Monday of the week of ${fromPublication(c)} to the day before it`,
          };
    },
  },
  {
    pattern: /\b(this|last)\s+week\b/gi,
    resolve: (m, c) => {
      const monday = addDays(c.iso, -((c.weekday + 6) % 7));
      const last = m[1]?.toLowerCase() === 'last';
      const start = last ? addDays(monday, -7) : monday;
      return {
        value: `${start}/${addDays(start, 6)}`,
        inferred: `the ${last ? 'week before the week' : 'week, Monday to Sunday,'} of ${fromPublication(c)}`,
      };
    },
  },
  {
    pattern: /\b(last|this|next)\s+(year|month)\b/gi,
    resolve: (m, c) => {
      const shift = { last: -1, this: 0, next: 1 }[m[1]?.toLowerCase() as 'last'] ?? 0;
      const why = `"${m[0]}" from ${fromPublication(c)}`;
      if (m[2]?.toLowerCase() === 'year') return { value: String(c.year + shift), inferred: why };
      const d = utc(c.year, c.month + shift, 1);
      return { value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, inferred: why };
    },
  },
  {
    pattern: /\b(today|tonight|this (?:morning|afternoon|evening))\b/gi,
    resolve: (m, c) => ({ value: c.iso, inferred: `"${m[0]}" is ${fromPublication(c)}` }),
  },
  {
    pattern: /\b(yesterday|last night)\b/gi,
    resolve: (m, c) => ({
      value: addDays(c.iso, -1),
      inferred: `"${m[0]}": the day before ${fromPublication(c)}`,
    }),
  },
  {
    // A year on its own: "in 2015", "since 2014".
    pattern: /\b(?:in|since|during|by|of|until)\s+((?:19|20)\d{2})\b(?![-/]\d)/gi,
    resolve: (m) => ({ value: m[1] ?? '' }),
  },
];

/** What chrono reads as a moment but a draft should not date: "now" is not a date of anything. */
const NOT_DATES = /^(?:now|right now|currently|present|the present)$/i;

/** Words before the date that put it in the future ("will meet on Friday", "next Tuesday"). */
const isFuture = (text: string, at: number) => {
  // Only the date's own clause counts: not a quote before it ("“We will appeal,” she said on Tuesday").
  const clause =
    text
      .slice(Math.max(0, at - 40), at)
      .split(/[.;,“”"]/)
      .at(-1) ?? '';
  return /\b(?:next|will|would|is\s+to|are\s+to|scheduled\s+for|planned\s+for|plans?\s+to)\b/i.test(
    clause,
  );
};

/** Words before a time that make it approximate: "shortly after 4 p.m.", "about 9 a.m.". */
const APPROXIMATE =
  /(?:shortly\s+(?:after|before)|about|around|approximately|roughly|just\s+(?:after|before))\s+$/i;
/** Words after a month and day that fix its year to the one last mentioned. */
const SAME_YEAR = /^\s*(?:,\s*)?(?:of\s+)?(?:that|the)\s+same\s+year|^\s*of\s+that\s+year/i;

/** Every date expression of the text, resolved against the publication date (YYYY-MM-DD). */
export function findDates(text: string, published: string): DateMention[] {
  const clock = clockOf(published);
  const found: DateMention[] = [];
  const taken = (start: number, end: number) => found.some((f) => f.start < end && start < f.end);
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index ?? 0;
      const words = m[0].replace(/^(?:in|since|during|by|of|until)\s+(?=\d)/i, '');
      const offset = m[0].length - words.length;
      // The first rule that matches words wins ("earlier this week" before "this week").
      if (taken(start + offset, start + m[0].length)) continue;
      found.push({
        start: start + offset,
        end: start + m[0].length,
        text: words,
        ...rule.resolve(m, clock),
      });
    }
  }
  const reference = { instant: utc(clock.year, clock.month, clock.day), timezone: 'UTC' };
  for (const result of chrono.parse(text, reference, { forwardDate: false })) {
    const start = result.index;
    const end = start + result.text.length;
    if (taken(start, end) || NOT_DATES.test(result.text)) continue;
    const mention = resolveChrono(text, result, clock, found);
    if (mention) found.push(mention);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The latest year at most the publication's in which month (and day) fall on or before it. */
function pastYear(clock: Clock, month: number, day = 1): number {
  return month < clock.month || (month === clock.month && day <= clock.day)
    ? clock.year
    : clock.year - 1;
}

/** The year written last before `at` ("July 2016" … "September 8 of that same year"). */
function lastWrittenYear(text: string, at: number, found: DateMention[]): DateMention | undefined {
  return found
    .filter((f) => f.end <= at && /^\d{4}/.test(f.value) && /\b(?:19|20)\d{2}\b/.test(f.text))
    .sort((a, b) => b.end - a.end)[0];
}

function resolveChrono(
  text: string,
  result: chrono.ParsedResult,
  clock: Clock,
  found: DateMention[],
): DateMention | undefined {
  const c = result.start;
  let start = result.index;
  let end = start + result.text.length;
  // "on Wednesday evening": the preposition is not part of the date's words.
  const lead = /^(?:on|at|in|by|from|since|during)\s+/i.exec(result.text);
  if (lead) start += lead[0].length;
  const known = (part: chrono.Component) => c.isCertain(part);
  const base = { start, end };
  if (known('year') && known('month') && known('day'))
    return { ...base, text: text.slice(start, end), value: day(c) };
  if (known('month') && known('day')) {
    const same = SAME_YEAR.exec(text.slice(end));
    const written = lastWrittenYear(text, start, found);
    if (same && written) {
      end += same[0].length;
      const year = written.value.slice(0, 4);
      return {
        ...base,
        end,
        text: text.slice(start, end),
        value: `${year}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`,
        inferred: `"${same[0].trim()}" is ${year}, the year of "${written.text}" before it`,
      };
    }
    const month = c.get('month') ?? 1;
    const dayOf = c.get('day') ?? 1;
    const future = isFuture(text, start);
    const past = pastYear(clock, month, dayOf);
    const year =
      future && past < clock.year + 1 && !(month === clock.month && dayOf === clock.day)
        ? past + 1
        : past;
    return {
      ...base,
      text: text.slice(start, end),
      value: `${year}-${pad(month)}-${pad(dayOf)}`,
      inferred: `the year is not given: the ${future ? 'next' : 'last'} ${MONTHS[month - 1]} ${dayOf} ${future ? 'after' : 'up to'} ${fromPublication(clock)}`,
    };
  }
  if (known('year') && known('month'))
    return {
      ...base,
      text: text.slice(start, end),
      value: `${c.get('year')}-${pad(c.get('month') ?? 1)}`,
    };
  if (known('month')) return monthOnly(text, result, clock, found, base);
  if (known('weekday')) return weekday(text, result, clock, base);
  if (known('hour')) return timeOfDay(text, result, clock, base);
  return undefined;
}

const day = (c: chrono.ParsedComponents) =>
  `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;

/** "in July": the month, in the year last written before it, else the last July up to publication. */
function monthOnly(
  text: string,
  result: chrono.ParsedResult,
  clock: Clock,
  found: DateMention[],
  base: { start: number; end: number },
): DateMention | undefined {
  const month = result.start.get('month') ?? 1;
  // A bare "May" or "March" is too often a verb or a name to be read as a month.
  if (!/\b(?:in|since|during|by|until|early|late|mid|of)\s+\S+$/i.test(text.slice(0, base.end)))
    return undefined;
  const written = lastWrittenYear(text, base.start, found);
  const sameParagraph = written && !text.slice(written.end, base.start).includes('\n');
  const year = sameParagraph ? Number(written.value.slice(0, 4)) : pastYear(clock, month);
  return {
    ...base,
    text: text.slice(base.start, base.end),
    value: `${year}-${pad(month)}`,
    inferred: sameParagraph
      ? `the year is not given: ${year}, the year of "${written.text}" before it`
      : `the year is not given: the last ${MONTHS[month - 1]} up to ${fromPublication(clock)}`,
  };
}

/** "Wednesday night": the last such day up to publication (the day itself when it is that day). */
function weekday(
  text: string,
  result: chrono.ParsedResult,
  clock: Clock,
  base: { start: number; end: number },
): DateMention {
  const target = result.start.get('weekday') ?? 0;
  const future = isFuture(text, base.start);
  const back = (clock.weekday - target + 7) % 7;
  const value = future
    ? addDays(clock.iso, (target - clock.weekday + 7) % 7 || 7)
    : addDays(clock.iso, -back);
  const name = WEEKDAYS[target] ?? '';
  const why =
    back === 0 && !future
      ? `the ${name} of publication, ${clock.spoken}`
      : `the ${name} ${future ? 'after' : 'before'} ${fromPublication(clock)}`;
  return { ...base, text: text.slice(base.start, base.end), value, inferred: why };
}

/** "4 p.m. EST": on the publication day; a minute only when its time zone is given. */
function timeOfDay(
  text: string,
  result: chrono.ParsedResult,
  clock: Clock,
  base: { start: number; end: number },
): DateMention {
  const c = result.start;
  const approx = APPROXIMATE.exec(text.slice(Math.max(0, base.start - 30), base.start));
  const start = approx ? base.start - approx[0].length : base.start;
  const words = text.slice(start, base.end);
  const offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
  const why = `the day is not given: ${fromPublication(clock)}`;
  const shared = { start, end: base.end, text: words, ...(approx ? { approximate: true } : {}) };
  if (offset === null || offset === undefined)
    return {
      ...shared,
      value: clock.iso,
      inferred: `${why}; the time zone is not given, so the day only`,
    };
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return {
    ...shared,
    value: `${clock.iso}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}${zone}`,
    inferred: why,
  };
}
