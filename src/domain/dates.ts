/**
 * Dates with honest precision, shared by the dataset stage (curated values) and the API (Date
 * arguments): pure, no store types. A curator writes what the report supports, in the EDTF style
 * of ISO 8601: '2016' (year), '2016-07' (month), '2016-09-08' (day), '2017-03-02T16:00-05:00'
 * (minute), or an interval 'A/B' whose open side is '..' ("the last several weeks" up to today).
 * Each resolves to a range of calendar days [start, end]: July 2016 is 2016-07-01..2016-07-31,
 * never a fake 1 July.
 */
export const PRECISIONS = ['year', 'month', 'day', 'minute'] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface DayRange {
  precision: Precision;
  /** First and last calendar day (YYYY-MM-DD) the value can mean; absent when that side is open. */
  start?: string;
  end?: string;
}

const PATTERNS: [Precision, RegExp][] = [
  ['minute', /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})$/],
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

/** The range a value covers, or a message. An interval takes the finer precision of its known sides. */
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
  const known = [start, end].filter((side): side is DayRange => side !== undefined);
  const precision =
    known
      .map((side) => side.precision)
      .sort((a, b) => PRECISIONS.indexOf(b) - PRECISIONS.indexOf(a))[0] ?? 'day';
  return {
    precision,
    ...(start?.start ? { start: start.start } : {}),
    ...(end?.end ? { end: end.end } : {}),
  };
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
