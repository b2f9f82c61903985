/**
 * Dates with honest precision, shared by the dataset stage (curated values) and the API (Date
 * arguments): pure, no store types. A curator writes what the report supports, in the EDTF style
 * of ISO 8601: '2016' (year), '2016-07' (month), '2016-09-08' (day), '2017-03-02T16:00-05:00'
 * (minute), or an interval 'A/B' whose open side is '..' ("the last several weeks" up to today).
 * Each resolves to a range of calendar days [start, end]: July 2016 is 2016-07-01..2016-07-31,
 * never a fake 1 July.
 */
/** How precisely one point in time is known. */
export const POINT_PRECISIONS = ['year', 'month', 'day', 'minute'] as const;
export type PointPrecision = (typeof POINT_PRECISIONS)[number];
/**
 * The shape of an interval 'A/B': both sides known ('interval'), only its end ('open-start':
 * '../2017-03-02', "the last several weeks" up to today) or only its start ('open-end'). An
 * interval is not a day, whatever the precision of its sides: labelling '../2017-03-02' DAY would
 * say it happened on 2 March.
 */
export const INTERVAL_SHAPES = ['interval', 'open-start', 'open-end'] as const;
export type IntervalShape = (typeof INTERVAL_SHAPES)[number];
export const PRECISIONS = [...POINT_PRECISIONS, ...INTERVAL_SHAPES] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface DayRange {
  precision: Precision;
  /** First and last calendar day (YYYY-MM-DD) the value can mean; absent when that side is open. */
  start?: string;
  end?: string;
}

const MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})$/;
const PATTERNS: [PointPrecision, RegExp][] = [
  ['minute', MINUTE],
  ['day', /^(\d{4})-(\d{2})-(\d{2})$/],
  ['month', /^(\d{4})-(\d{2})$/],
  ['year', /^(\d{4})$/],
];

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** One side of a value: its precision and day range, or a message saying what is wrong. */
function parsePoint(value: string): DayRange | string {
  for (const [precision, pattern] of PATTERNS) {
    const match = pattern.exec(value);
    if (!match) continue;
    const year = Number(match[1]);
    const month = match[2] === undefined ? undefined : Number(match[2]);
    const day = match[3] === undefined ? undefined : Number(match[3]);
    if (month !== undefined && (month < 1 || month > 12)) return `month ${match[2]} does not exist`;
    if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
      return `${value.slice(0, 10)} does not exist (${year}-${pad(month)} has ${daysInMonth(year, month)} days)`;
    }
    if (precision === 'minute' && (Number(match[4]) > 23 || Number(match[5]) > 59))
      return `time ${match[4]}:${match[5]} does not exist`;
    if (month === undefined) return { precision, start: `${year}-01-01`, end: `${year}-12-31` };
    if (day === undefined)
      return {
        precision,
        start: `${year}-${pad(month)}-01`,
        end: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`,
      };
    const date = `${year}-${pad(month)}-${pad(day)}`;
    return { precision, start: date, end: date };
  }
  return `"${value}" is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm±hh:mm, or an interval A/B (".." for an open side)`;
}

/** The range a value covers, or a message. An interval's precision is its shape (INTERVAL_SHAPES). */
export function parseDateValue(value: string): DayRange | string {
  if (!value.includes('/')) return parsePoint(value);
  const [from, to, ...rest] = value.split('/');
  if (rest.length > 0 || from === undefined || to === undefined)
    return `"${value}" has more than one "/"`;
  if (from === '..' && to === '..') return `"${value}" is open on both sides`;
  const start = from === '..' ? undefined : parsePoint(from);
  const end = to === '..' ? undefined : parsePoint(to);
  if (typeof start === 'string') return start;
  if (typeof end === 'string') return end;
  if (start?.start && end?.end && start.start > end.end) return `"${value}" ends before it starts`;
  const precision: IntervalShape = !start ? 'open-start' : !end ? 'open-end' : 'interval';
  return {
    precision,
    ...(start?.start ? { start: start.start } : {}),
    ...(end?.end ? { end: end.end } : {}),
  };
}

/**
 * The unit a value is known to: a point's precision, or for an interval the finest precision of
 * its known sides ('../2017-03-02' is known to the day, '2016/2017-03' to the month). Undefined
 * for a value that is not a date.
 */
export function unitOf(value: string): PointPrecision | undefined {
  const sides = value.split('/').filter((side) => side !== '..');
  const units = sides
    .map((side) => parsePoint(side))
    .flatMap((side) => (typeof side === 'string' ? [] : [side.precision as PointPrecision]));
  if (units.length === 0 || units.length !== sides.length) return undefined;
  return units.sort((a, b) => POINT_PRECISIONS.indexOf(b) - POINT_PRECISIONS.indexOf(a))[0];
}

const DAY_FORM = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value has the form of one calendar day, YYYY-MM-DD (whether or not that day exists). */
export const isDayForm = (value: string): boolean => DAY_FORM.test(value);

/**
 * What is wrong with a value meant as one calendar day that exists (2017-02-30 does not), or
 * undefined when nothing is: the API's Date accepts exactly these.
 */
export function dayProblem(value: string): string | undefined {
  if (!isDayForm(value)) return 'is not in the form YYYY-MM-DD';
  const parsed = parsePoint(value);
  return typeof parsed === 'string' ? parsed : undefined;
}

/** Rank on the anchor day: what ended that day, then what happened on it, then what began on it. */
const SHAPE_RANK: Record<Precision, string> = {
  'open-start': '0',
  year: '1',
  month: '1',
  day: '1',
  minute: '1',
  interval: '1',
  'open-end': '2',
};

const DAY_MS = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The middle day of [start, end], rounded down: July 2016 is 2016-07-16. */
function middleDay(start: string, end: string): string {
  const from = Date.parse(`${start}T00:00Z`);
  const days = Math.round((Date.parse(`${end}T00:00Z`) - from) / DAY_MS);
  return toDay(from + Math.floor(days / 2) * DAY_MS);
}

/** The UTC instant of a side known to the minute ('2017-03-02T21:00Z'), or '~' (after any instant). */
function instantOf(side: string | undefined): string {
  if (side === undefined || !MINUTE.test(side)) return '~';
  return `${new Date(side).toISOString().slice(0, 16)}Z`;
}

/**
 * Where a date sorts, as one string that orders as text: stored as `<field>SortKey` (dateSortKey,
 * saidAtSortKey, …) so that every named query, the API, the CLI and the Browser sort alike. Its
 * parts, separated by spaces:
 * 1. the anchor day: the middle of a closed range (July 2016 sorts as mid-July, never as 1 July),
 *    the known side of an open interval (`../2017-03-02` sorts on 2 March);
 * 2. on one anchor day, an interval that ENDS that day (open start) comes first: it was over by
 *    then, as the meetings Sessions "concluded today" were before that day's news conference;
 *    then points and closed ranges; then an interval that begins that day (open end);
 * 3. the range's first and last day ('..' for an open side): a month before a day on its middle;
 * 4. the UTC instant of a time known to the minute; a date known only to the day sorts after the
 *    day's timed events ('~'), its hour being unknown.
 * Equal keys are ordered by id (by the queries). Undefined for a value that is not a date.
 */
export function dateSortKey(value: string): string | undefined {
  const range = parseDateValue(value);
  if (typeof range === 'string') return undefined;
  const [from, to] = value.includes('/') ? value.split('/') : [value, value];
  const anchor =
    range.start && range.end ? middleDay(range.start, range.end) : (range.end ?? range.start);
  const time = range.precision === 'interval' ? '~' : instantOf(range.start ? from : to);
  return [anchor, SHAPE_RANK[range.precision], range.start ?? '..', range.end ?? '..', time].join(
    ' ',
  );
}
