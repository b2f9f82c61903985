import { InvalidArgumentError, Option } from 'commander';
import { TestimonyError } from '../errors.js';
import {
  CLAIM_FILTERS,
  CONFLICT_KINDS,
  dayProblem,
  isDayForm,
  listOf,
  SPEAKER_KINDS,
  STANCES,
  stanceValue,
  type ClaimFilter,
  type ClaimFilterValue,
  type ConflictKind,
  type SpeakerKind,
  type SpeakerKindValue,
  type Stance,
} from '../domain/index.js';
import type { Format } from './commands/questions.js';

/** A commander argument parser for a whole number from 1 to max. */
export function positiveInt(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new InvalidArgumentError(`expected a whole number from 1 to ${max}, got "${value}".`);
    return n;
  };
}

/** `--format`, offering only the formats the command can render; a table by default. */
export function formatOption(...choices: Format[]): Option {
  return new Option('--format <format>', 'output format').choices(choices).default('table');
}

/** `--stance`, as dataset files spell it (lower case), handed on as the API's enum value. */
export function stanceOption(): Option {
  return (
    new Option('--stance <stance>', 'only statements with this stance')
      .choices(STANCES)
      // Our own parser replaces the choices check, to say the stances in a sentence.
      .argParser((v: string) => {
        if (!(STANCES as readonly string[]).includes(v))
          throw new InvalidArgumentError(`expected ${listOf(STANCES)}.`);
        return stanceValue(v as Stance);
      })
  );
}

/**
 * `--speaker-kind person|group|organization|report`, handed on as the API's SpeakerKind: `report`
 * keeps only what the report says in its own voice, `person` only quoted or paraphrased people.
 */
export function speakerKindOption(what: string): Option {
  return new Option('--speaker-kind <kind>', `only ${what} by this kind of speaker`)
    .choices(SPEAKER_KINDS)
    .argParser((v: string) => {
      if (!(SPEAKER_KINDS as readonly string[]).includes(v))
        throw new InvalidArgumentError(`expected ${listOf(SPEAKER_KINDS)}.`);
      return v.toUpperCase() as SpeakerKindValue;
    });
}
export type { SpeakerKind };

/**
 * `--claims include|exclude|only` and its shorthand `--recorded-only` (= exclude), handed on as
 * the API's ClaimFilter. Claims are events known only from someone's statement; they are
 * included, and marked, unless asked otherwise.
 */
export function claimsOptions(): Option[] {
  return [
    new Option(
      '--claims <filter>',
      'events known only from a statement: include them, marked (default); exclude them; or only them',
    )
      .choices(CLAIM_FILTERS)
      // Our own parser replaces the choices check, to say the filters in a sentence.
      .argParser((v: string): ClaimFilterValue => {
        if (!(CLAIM_FILTERS as readonly string[]).includes(v))
          throw new InvalidArgumentError(`expected ${listOf(CLAIM_FILTERS)}.`);
        return (v as ClaimFilter).toUpperCase() as ClaimFilterValue;
      }),
    new Option('--recorded-only', 'recorded facts only: the same as --claims exclude').conflicts(
      'claims',
    ),
  ];
}

/** "SPOKE_FOR, MET_WITH" -> ["SPOKE_FOR", "MET_WITH"]; the API checks the names. */
export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** A repeatable option's parser: every occurrence is kept, in order. */
export function collect(value: string, all: string[]): string[] {
  return [...all, value];
}

/** A commander parser for one calendar day that exists, YYYY-MM-DD (2017-02-30 is refused). */
export function dayArg(value: string): string {
  if (!isDayForm(value))
    throw new InvalidArgumentError(`expected a day as YYYY-MM-DD, e.g. 2016-09-08.`);
  const problem = dayProblem(value);
  if (problem) throw new InvalidArgumentError(`${problem}.`);
  return value;
}

/**
 * `--from`, `--to` and `--overlapping`: a window of days. By default only what certainly lies
 * inside it (its whole date range does); `--overlapping` also what may overlap it, each such
 * entry marked "may fall outside" (the API's `dates: OVERLAPS`, dateMatch PARTIAL).
 */
export function dateWindowOptions(what: string): Option[] {
  return [
    new Option('--from <date>', `only ${what} on or after this day (YYYY-MM-DD)`).argParser(dayArg),
    new Option('--to <date>', `only ${what} on or before this day (YYYY-MM-DD)`).argParser(dayArg),
    new Option(
      '--overlapping',
      `also ${what} whose dates may overlap --from/--to without lying certainly inside (marked)`,
    ),
  ];
}

/** A date window as commander hands it over. */
export interface WindowOptions {
  from?: string;
  to?: string;
  overlapping?: boolean;
}

/** The API's from, to and dates arguments; a window that ends before it starts is a usage error. */
export function windowOf(options: WindowOptions): {
  from: string | null;
  to: string | null;
  dates: 'WITHIN' | 'OVERLAPS';
} {
  const { from, to } = options;
  if (from && to && from > to)
    throw new TestimonyError('USAGE', `--from ${from} is after --to ${to}: no day lies between.`, {
      hint: 'Give --from a day on or before --to.',
    });
  return { from: from ?? null, to: to ?? null, dates: options.overlapping ? 'OVERLAPS' : 'WITHIN' };
}

/** The window in words, for "may fall outside …": `2016-01-01..2016-12-31`, `..2016-12-31`. */
export function windowText(options: WindowOptions): string {
  return `${options.from ?? ''}..${options.to ?? ''}`;
}

/** `--wide` and `--offsets` (see View in format/labels.ts). */
export function viewOptions(): Option[] {
  return [
    new Option(
      '--wide',
      'print quotes and texts whole, every quote of each fact, and the sentence each quote sits in',
    ),
    new Option(
      '--offsets',
      "show where each quote (and its sentence) lies in its source (the evidence's id)",
    ),
  ];
}

/** `--kind event-date,count` (any case, - or _) -> ['EVENT_DATE', 'COUNT']. */
export function conflictKinds(value: string): ConflictKind[] {
  const kinds = value
    .split(',')
    .map((k) => k.trim().toUpperCase().replaceAll('-', '_'))
    .filter(Boolean);
  const unknown = kinds.filter((k) => !(CONFLICT_KINDS as readonly string[]).includes(k));
  if (kinds.length === 0 || unknown.length > 0)
    throw new InvalidArgumentError(
      `expected kinds from ${listOf(CONFLICT_KINDS.map((k) => k.toLowerCase().replaceAll('_', '-')))}, comma-separated; got "${value}".`,
    );
  return kinds as ConflictKind[];
}
