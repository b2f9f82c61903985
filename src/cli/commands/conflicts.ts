import type { Env } from '../../config/index.js';
import type { ConflictKind } from '../../domain/index.js';
import { withExecutor } from '../connect.js';
import { dateOf, firstQuote, labelOf } from '../format/labels.js';
import { table } from '../format/table.js';
import { ConflictsDocument, type ConflictsQuery } from '../generated/operations.js';
import { runOperation } from '../graphql.js';
import type { CliIo } from '../io.js';
import { resolvePerson } from '../names.js';
import { answer, color, type Format } from './questions.js';

type Item = ConflictsQuery['conflicts']['items'][number];
type Side = Item['sides'][number];

/** A side's value as a person reads it: the words, and how the rules read them when that adds something. */
function valueOf(side: Side): string {
  const stance = side.stance ? `${side.stance.toLowerCase()}: ` : '';
  const approximate = side.date?.approximate ? ' (approximate)' : '';
  const words = side.date ? dateOf(side.date) : side.value;
  if (words === null) return `${stance}${side.reading ?? '(none)'}`;
  const reading = side.reading && side.reading !== side.value ? ` = ${side.reading}` : '';
  return `${stance}${words}${approximate}${reading}`;
}

function sourceOf(side: Side): string {
  return side.sources
    .map((s) => `${s.title}${s.publisher ? ` (${s.publisher.name})` : ''}`)
    .join('; ');
}

function claimOf(side: Side): string {
  if (!side.claimedBy) return '';
  return `${labelOf(side.claimedBy.speaker, 40)}: ${labelOf({ text: side.claimedBy.text }, 60)}`;
}

/** Column widths: about 170 characters in all; longer values wrap. */
const WIDTHS = [31, 34, 28, 30, 42];

function render(items: Item[], useColor: boolean): string {
  return items
    .map(
      (c) =>
        `${c.kind} ${c.verdict.toLowerCase().replace('_', ' ')}: ${labelOf(c.subject)} (${c.subject.id})\n` +
        `  ${c.explanation}\n` +
        table(
          ['dataset', 'value', 'claimed by', 'source (publisher)', 'evidence'],
          c.sides.map((s) => [
            `${s.dataset}${s.preferred ? ' *' : ''}`,
            valueOf(s),
            claimOf(s),
            sourceOf(s),
            firstQuote(s.evidence, 110),
          ]),
          useColor,
          WIDTHS,
        ),
    )
    .join('\n');
}

function footer(data: ConflictsQuery['conflicts']): string {
  const shown = data.items.length;
  const count =
    shown < data.totalCount
      ? `${shown} of ${data.totalCount} conflicts shown (--first for more).`
      : `${shown} conflict(s).`;
  const capped = data.scanCapped
    ? ' The scan reached its cap (500 per part): there may be more; name a person to narrow it.'
    : '';
  return `${count}${capped} * = the version the graph shows by default.\n`;
}

export async function conflictsCommand(
  env: Env,
  io: CliIo,
  person: string | undefined,
  options: { kind?: ConflictKind[]; first?: number; format: Format },
): Promise<void> {
  await withExecutor(env, async (executor) => {
    const who = person ? await resolvePerson(executor, person) : undefined;
    const data = await runOperation(executor, ConflictsDocument, {
      person: who?.id ?? null,
      kinds: options.kind ?? null,
      first: options.first ?? 20,
    });
    const items = data.conflicts.items;
    answer(
      io,
      options.format,
      data,
      items.length === 0,
      () => `${render(items, color(io, options.format))}\n${footer(data.conflicts)}`,
    );
  });
}
