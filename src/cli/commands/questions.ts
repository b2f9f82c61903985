import type { Env } from '../../config/index.js';
import { TestimonyError } from '../../errors.js';
import type { QueryExecutor } from '../../queries/index.js';
import { withExecutor } from '../connect.js';
import { dot, mermaid, stepLabel, type Edge } from '../format/diagrams.js';
import {
  attributedText,
  claimNote,
  cut,
  dateCell,
  dateMarked,
  dateOf,
  labelOf,
  namedLabel,
  NARROW,
  quotes,
  reportVoice,
  speakerOf,
  withNote,
  type View,
} from '../format/labels.js';
import { table } from '../format/table.js';
import { runOperation } from '../graphql.js';
import type { CliIo } from '../io.js';
import { resolveEntity, resolvePerson } from '../names.js';
import { windowOf, windowText, type WindowOptions } from '../options.js';
import {
  ContradictionsDocument,
  MeetingsDocument,
  PathDocument,
  SearchDocument,
  type SearchQuery,
  SourcesDocument,
  StatementsDocument,
  StatsDocument,
  TimelineDocument,
  WhoSpeaksForDocument,
  type ClaimFilter,
  type SpeakerKind,
  type Stance,
} from '../generated/operations.js';

export type Format = 'table' | 'json' | 'mermaid' | 'dot';

/** Writes the answer in the chosen format; an empty answer is exit 1 with a message on stderr. */
export function answer(
  io: CliIo,
  format: Format,
  data: unknown,
  empty: boolean,
  render: () => string,
  diagram?: () => Edge[],
): void {
  if (format === 'json') io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  else if (format === 'mermaid' || format === 'dot') {
    if (!diagram)
      throw new TestimonyError(
        'USAGE',
        `--format ${format} is not available for this command (table or json).`,
      );
    io.stdout.write(format === 'mermaid' ? mermaid(diagram()) : dot(diagram()));
  } else if (!empty) io.stdout.write(render());
  if (empty)
    throw new TestimonyError('NOT_FOUND', 'No answer: the graph holds nothing that matches.');
}

export const color = (io: CliIo, format: Format) => format === 'table' && io.stdout.isTTY === true;

/** `--wide` and `--offsets`, as commander hands them over. */
export interface ViewOptions {
  wide?: boolean;
  offsets?: boolean;
}
export const viewOf = (options: ViewOptions): View => ({
  wide: options.wide === true,
  offsets: options.offsets === true,
});

/** "may fall outside <window>" for an entry the window selected though it may lie outside it. */
const partialOf = (dateMatch: string | null | undefined, options: WindowOptions) =>
  dateMatch === 'PARTIAL' ? windowText(options) : undefined;

/** `--claims` and `--recorded-only` (see options.ts), as commander hands them over. */
export interface ClaimOptions {
  claims?: ClaimFilter;
  recordedOnly?: boolean;
}

/** The API's claims argument: `--recorded-only` is `--claims exclude`; INCLUDE by default. */
const claimsOf = (options: ClaimOptions): ClaimFilter =>
  options.recordedOnly ? 'EXCLUDE' : (options.claims ?? 'INCLUDE');

export interface PathOptions extends ClaimOptions, ViewOptions {
  maxHops?: number;
  via?: string[];
  all?: boolean;
  format: Format;
}

/** "No path", saying which facts were searched: a claims filter narrows the search too. */
function noPath(from: string, to: string, options: PathOptions): TestimonyError {
  const claims = claimsOf(options);
  const over =
    claims === 'EXCLUDE'
      ? ' over recorded facts only'
      : claims === 'ONLY'
        ? ' with a claim among the shortest paths'
        : '';
  const hint =
    claims === 'INCLUDE'
      ? 'Try a larger --max-hops, or other --via types.'
      : 'Try a larger --max-hops, other --via types, or --claims include.';
  return new TestimonyError(
    'NOT_FOUND',
    `No path from ${from} to ${to} within ${options.maxHops ?? 4} hops${over}.`,
    { hint },
  );
}

export async function pathCommand(
  env: Env,
  io: CliIo,
  from: string,
  to: string,
  options: PathOptions,
): Promise<void> {
  await withExecutor(env, async (executor) => {
    const [a, b] = [
      await resolveEntity(executor, from, 'any'),
      await resolveEntity(executor, to, 'any'),
    ];
    const data = await runOperation(executor, PathDocument, {
      from: a.id,
      to: b.id,
      maxHops: options.maxHops ?? 4,
      via: options.via ?? null,
      claims: claimsOf(options),
      all: options.all ?? false,
    });
    const paths = options.all ? (data.paths ?? []) : data.shortestPath ? [data.shortestPath] : [];
    if (paths.length === 0) throw noPath(a.name, b.name, options);
    const view = viewOf(options);
    answer(
      io,
      options.format,
      data,
      false,
      () =>
        paths
          .map((path, i) =>
            table(
              [`#${i + 1}: ${path.length} step(s)`, 'relationship', 'to', 'date', 'evidence'],
              path.steps.map((s) => [
                labelOf(s.from, 30),
                withNote(
                  // A relationship the curator inferred (a PART_OF read from "during") says so.
                  s.inferred
                    ? `${s.type} (inferred${view.wide && s.inferredFrom ? `: ${s.inferredFrom}` : ''})`
                    : s.type,
                  claimNote(s.isClaim, s.claimedBy, s.counts),
                ),
                labelOf(s.to, 30),
                dateCell(s.date, view),
                quotes(s.evidence, 90, view),
              ]),
              color(io, options.format),
            ),
          )
          .join(''),
      () =>
        paths.flatMap((path) =>
          path.steps.map((s) => ({
            from: s.from,
            to: s.to,
            label: stepLabel(s.type, s.date, s.isClaim),
          })),
        ),
    );
  });
}

export type TimelineOptions = ClaimOptions & WindowOptions & ViewOptions & { format: Format };

export async function timelineCommand(
  env: Env,
  io: CliIo,
  entity: string,
  options: TimelineOptions,
): Promise<void> {
  const window = windowOf(options);
  const view = viewOf(options);
  await withExecutor(env, async (executor) => {
    const who = await resolveEntity(executor, entity, 'any');
    const data = await runOperation(executor, TimelineDocument, {
      entity: who.id,
      ...window,
      claims: claimsOf(options),
    });
    const rows = data.timeline;
    const person = { id: who.id, name: who.name };
    answer(
      io,
      options.format,
      data,
      rows.length === 0,
      () =>
        table(
          ['date', 'kind', 'role', 'what', 'evidence'],
          rows.map((r) => [
            dateCell(r.date, view, partialOf(r.dateMatch, options)),
            r.kind,
            r.role ?? '',
            withNote(
              attributedText(cut(r.summary, 70, view), 'citationChains' in r.node ? r.node : null),
              claimNote(r.isClaim, r.claimedBy ? [r.claimedBy] : [], [r.count]),
            ),
            quotes(
              r.recusal ? r.recusal.evidence : 'evidence' in r.node ? r.node.evidence : undefined,
              60,
              view,
            ),
          ]),
          color(io, options.format),
        ),
      () =>
        rows.map((r, i) => ({
          from: i === 0 ? person : (rows[i - 1]?.node ?? person),
          to: r.node,
          label: dateMarked(r.date, r.isClaim ? ['claim'] : []),
        })),
    );
  });
}

export type MeetingsOptions = ClaimOptions &
  WindowOptions &
  ViewOptions & { with?: string; format: Format };

export async function meetingsCommand(
  env: Env,
  io: CliIo,
  person: string,
  options: MeetingsOptions,
): Promise<void> {
  const window = windowOf(options);
  const view = viewOf(options);
  await withExecutor(env, async (executor) => {
    const who = await resolvePerson(executor, person);
    const other = options.with ? await resolvePerson(executor, options.with) : undefined;
    const data = await runOperation(executor, MeetingsDocument, {
      participant: who.id,
      with: other?.id ?? null,
      ...window,
      claims: claimsOf(options),
    });
    const edges = data.meetings.edges;
    const meetings = edges.map((e) => e.node);
    answer(
      io,
      options.format,
      data,
      meetings.length === 0,
      () =>
        table(
          ['date', 'meeting', 'with', 'evidence'],
          edges.map(({ node: m, dateMatch }) => [
            dateCell(m.date, view, partialOf(dateMatch, options)),
            withNote(m.name, claimNote(m.isClaim, m.claimedBy ? [m.claimedBy] : [], [m.count])),
            m.participants
              .filter((p) => p.node.id !== who.id)
              .map((p) => `${labelOf(p.node, 30)} (${p.role})`)
              .join(', '),
            quotes(m.evidence, 70, view),
          ]),
          color(io, options.format),
        ),
      () =>
        meetings.flatMap((m) =>
          m.participants
            .filter((p) => p.node.id !== who.id)
            .map((p) => ({
              from: { id: who.id, name: who.name },
              to: p.node,
              label: stepLabel('MET_WITH', m.date, m.isClaim),
              id: m.id,
            })),
        ),
    );
  });
}

export type StatementsOptions = WindowOptions &
  ViewOptions & { stance?: Stance; at?: string; speakerKind?: SpeakerKind; format: Format };
export type ContradictionsOptions = ViewOptions & { speakerKind?: SpeakerKind; format: Format };

/**
 * A defence or qualification of a denial, in one line: who says it, or "the report says" for the
 * report's own narrative (speakerKind REPORT), and whether linking it to the denial was inferred.
 */
function responseLine(r: {
  stance: string;
  inferred: boolean;
  statement: {
    text: string;
    speakerKind: SpeakerKind;
    speaker: Record<string, unknown>;
    citationChains?: readonly { attribution: string }[];
  };
}): string {
  const verb = r.stance === 'DEFENDS' ? 'defended' : 'qualified';
  const voice = reportVoice(r.statement)
    ? `${verb}, the report says`
    : `${verb} by ${speakerOf(labelOf(r.statement.speaker), r.statement)}`;
  return `${voice}${r.inferred ? ' (link inferred)' : ''}: ${r.statement.text}`;
}

/** A stance about a target: a proposition's text is quoted ("denies “meetings with …”"). */
function aboutCell(a: {
  stance: string;
  claim?: string | null;
  inferred: boolean;
  target: Record<string, unknown>;
}): string {
  const target =
    a.target.__typename === 'Proposition' ? `“${labelOf(a.target, 60)}”` : labelOf(a.target, 25);
  return `${a.stance.toLowerCase()} ${target}${a.inferred ? ' (link inferred)' : ''}`;
}

export async function statementsCommand(
  env: Env,
  io: CliIo,
  person: string | undefined,
  options: StatementsOptions,
): Promise<void> {
  const window = windowOf(options);
  const view = viewOf(options);
  // The evidence column is asked for: the text is mostly the quote itself.
  const withEvidence = view.wide || view.offsets;
  await withExecutor(env, async (executor) => {
    const who = person === undefined ? undefined : await resolvePerson(executor, person);
    const at =
      options.at === undefined ? undefined : await resolveEntity(executor, options.at, 'Event');
    const data = await runOperation(executor, StatementsDocument, {
      speaker: who?.id ?? null,
      at: at?.id ?? null,
      stance: options.stance ?? null,
      speakerKind: options.speakerKind ?? null,
      ...window,
    });
    const edges = data.statements.edges;
    // Without a speaker, the table says who spoke.
    const speakerColumn = who === undefined;
    answer(io, options.format, data, edges.length === 0, () =>
      table(
        [
          'said',
          ...(speakerColumn ? ['speaker'] : []),
          'medium',
          'text',
          'stances',
          ...(withEvidence ? ['evidence'] : []),
        ],
        edges.map(({ node: s, dateMatch }) => [
          dateCell(s.saidAt, view, partialOf(dateMatch, options)),
          ...(speakerColumn ? [speakerOf(labelOf(s.speaker, 30), s)] : []),
          `${s.medium} (${s.textKind.toLowerCase()})`,
          `${reportVoice(s) ? 'the report says: ' : ''}${attributedText(cut(s.text, 80, view), s)}`,
          s.about.map(aboutCell).join('; '),
          ...(withEvidence ? [quotes(s.evidence, 70, view)] : []),
        ]),
        color(io, options.format),
      ),
    );
  });
}

export async function contradictionsCommand(
  env: Env,
  io: CliIo,
  person: string | undefined,
  options: ContradictionsOptions,
): Promise<void> {
  const view = viewOf(options);
  await withExecutor(env, async (executor) => {
    const who = person ? await resolvePerson(executor, person) : undefined;
    const data = await runOperation(executor, ContradictionsDocument, {
      person: who?.id ?? null,
      speakerKind: options.speakerKind ?? null,
    });
    answer(io, options.format, data, data.contradictions.length === 0, () =>
      data.contradictions
        .map(
          (c) =>
            table(
              ['denial', 'recorded fact', 'when', 'evidence'],
              c.deniedFacts.map((f, i) => [
                i === 0
                  ? `${speakerOf(labelOf(c.speaker), c.statement)}, ${dateOf(c.statement.saidAt, view)}: ${c.statement.text}`
                  : '',
                withNote(
                  `${namedLabel(f.fact, 60, view)}${f.inferred ? ' (link inferred)' : ''}`,
                  'isClaim' in f.fact
                    ? claimNote(f.fact.isClaim, f.fact.claimedBy ? [f.fact.claimedBy] : [], [
                        f.fact.count,
                      ])
                    : '',
                ),
                dateCell('date' in f.fact ? f.fact.date : null, view),
                quotes(f.evidence, 70, view),
              ]),
              color(io, options.format),
            ) + [...c.defences, ...c.qualifications].map((r) => `  ${responseLine(r)}\n`).join(''),
        )
        .join('\n'),
    );
  });
}

export async function whoSpeaksForCommand(
  env: Env,
  io: CliIo,
  person: string,
  options: ViewOptions & { format: Format },
): Promise<void> {
  const view = viewOf(options);
  await withExecutor(env, async (executor) => {
    const who = await resolvePerson(executor, person);
    const data = await runOperation(executor, WhoSpeaksForDocument, { id: who.id });
    const rows = data.node && 'spokespeople' in data.node ? data.node.spokespeople : [];
    answer(io, options.format, data, rows.length === 0, () =>
      table(
        ['spokesperson', 'date', 'statements', 'evidence'],
        rows.map((w) => [
          labelOf(w.spokesperson),
          dateCell(w.date, view),
          w.statements.map((s) => `“${cut(s.text, 60, view)}”`).join('\n'),
          quotes(w.evidence, 70, view),
        ]),
        color(io, options.format),
      ),
    );
  });
}

/**
 * A hit's label; for a hit by its evidence, the quote that matched, on a line below (whole under
 * --wide, with its place under --offsets).
 */
function matchedText(hit: SearchQuery['search'][number], view: View): string {
  const label = attributedText(
    labelOf(hit.node, view.wide ? Infinity : 60),
    'citationChains' in hit.node ? hit.node : null,
  );
  return hit.evidence ? `${label}\n${quotes([hit.evidence], 60, view)}` : label;
}

export async function searchCommand(
  env: Env,
  io: CliIo,
  text: string,
  options: ViewOptions & { format: Format },
): Promise<void> {
  const view = viewOf(options);
  await withExecutor(env, async (executor) => {
    const data = await runOperation(executor, SearchDocument, { text });
    answer(io, options.format, data, data.search.length === 0, () =>
      table(
        ['score', 'matched', 'kind', 'id', 'what'],
        data.search.map((h) => [
          h.score.toFixed(2),
          h.field,
          String(h.node.__typename),
          h.node.id,
          matchedText(h, view),
        ]),
        color(io, options.format),
      ),
    );
  });
}

export async function statsCommand(
  env: Env,
  io: CliIo,
  options: { format: Format },
): Promise<void> {
  await withExecutor(env, async (executor: QueryExecutor) => {
    const data = await runOperation(executor, StatsDocument);
    answer(io, options.format, data, false, () =>
      table(
        ['what', 'count'],
        [
          ['nodes', String(data.stats.nodes)],
          ['relationships', String(data.stats.relationships)],
          ...data.stats.labels.map((l) => [`:${l.name}`, String(l.count)]),
          ...data.stats.types.map((t) => [`[:${t.name}]`, String(t.count)]),
        ],
        color(io, options.format),
      ),
    );
  });
}

export async function sourcesCommand(
  env: Env,
  io: CliIo,
  options: { format: Format },
): Promise<void> {
  await withExecutor(env, async (executor) => {
    const data = await runOperation(executor, SourcesDocument);
    const titles = (list: { title: string }[]) => list.map((s) => labelOf(s, 40)).join('; ');
    answer(io, options.format, data, data.sources.length === 0, () =>
      table(
        ['source', 'kind', 'publisher', 'published', 'cites', 'cited by'],
        data.sources.map((s) => [
          [labelOf(s, 50), s.titleInferred ? '(title by the curator)' : undefined, s.id]
            .filter((line) => line !== undefined)
            .join('\n'),
          s.kind,
          s.publisher?.name ?? '',
          dateCell(s.publishedAt, NARROW),
          titles(s.cites),
          titles(s.citedBy),
        ]),
        color(io, options.format),
      ),
    );
  });
}
