import { InvalidArgumentError, Option } from 'commander';
import {
  CLAIM_FILTERS,
  listOf,
  STANCES,
  stanceValue,
  type ClaimFilter,
  type ClaimFilterValue,
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
