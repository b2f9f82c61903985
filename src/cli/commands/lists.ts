import type { Env } from '../../config/index.js';
import { withExecutor } from '../connect.js';
import { claimNote, cut, dateCell, labelOf, quotes, withNote } from '../format/labels.js';
import { table } from '../format/table.js';
import {
  DemandsDocument,
  EventsDocument,
  GroupCountriesDocument,
  OrganizationsDocument,
  type DemandAction,
} from '../generated/operations.js';
import { runOperation } from '../graphql.js';
import type { CliIo } from '../io.js';
import { resolveEntity, resolvePerson } from '../names.js';
import { answer, color, viewOf, type Format, type ViewOptions } from './questions.js';

/** The paging options of a list command: how many, and the cursor to continue after. */
export interface PageOptions extends ViewOptions {
  first: number;
  after?: string;
  format: Format;
}

interface Page<T = unknown> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: T }[];
}

/**
 * A capped list says so: under the table, how many of how many are shown, and the `--after`
 * that gives the next page (the JSON has totalCount and pageInfo).
 */
function pageNote(page: Page): string {
  const shown = page.edges.length;
  if (!page.pageInfo.hasNextPage) return `${shown} of ${page.totalCount}.\n`;
  return `${shown} of ${page.totalCount}; more with --after ${page.pageInfo.endCursor ?? ''}\n`;
}

/** Answers with one page: JSON as the operation gives it, or a table and its page note. */
function answerPage<T>(
  io: CliIo,
  options: PageOptions,
  data: unknown,
  page: Page<T>,
  header: string[],
  row: (node: T) => string[],
): void {
  answer(
    io,
    options.format,
    data,
    page.edges.length === 0,
    () =>
      table(
        header,
        page.edges.map(({ node }) => row(node)),
        color(io, options.format),
      ) + pageNote(page),
  );
}

/** `testimony organizations`: committees, campaigns, departments, outlets, by name. */
export async function organizationsCommand(
  env: Env,
  io: CliIo,
  options: PageOptions & { name?: string; kind?: string },
): Promise<void> {
  const view = viewOf(options);
  await withExecutor(env, async (executor) => {
    const data = await runOperation(executor, OrganizationsDocument, {
      nameContains: options.name ?? null,
      kind: options.kind ?? null,
      first: options.first,
      after: options.after ?? null,
    });
    answerPage(io, options, data, data.organizations, ['name', 'kind', 'id', 'evidence'], (o) => [
      o.aliases.length > 0 ? `${o.name}\n(${o.aliases.join(', ')})` : o.name,
      o.kind,
      o.id,
      quotes(o.evidence, 60, view),
    ]);
  });
}

/** `testimony events`: events of every kind, meetings included, in time order. */
export async function eventsCommand(
  env: Env,
  io: CliIo,
  options: PageOptions & { name?: string; kind?: string },
): Promise<void> {
  const view = viewOf(options);
  await withExecutor(env, async (executor) => {
    const data = await runOperation(executor, EventsDocument, {
      nameContains: options.name ?? null,
      kind: options.kind ?? null,
      first: options.first,
      after: options.after ?? null,
    });
    const header = ['date', 'kind', 'event', 'place', 'evidence'];
    answerPage(io, options, data, data.events, header, (e) => [
      dateCell(e.date, view),
      e.__typename === 'Meeting' ? 'meeting' : e.kind,
      withNote(
        `${cut(e.name, 60, view)}\n${e.id}`,
        claimNote(e.isClaim, e.claimedBy ? [e.claimedBy] : [], [e.count]),
      ),
      e.place ?? '',
      quotes(e.evidence, 50, view),
    ]);
  });
}

/** `testimony demands [person]`: who called for what of whom, in which statement. */
export async function demandsCommand(
  env: Env,
  io: CliIo,
  person: string | undefined,
  options: PageOptions & { by?: string; action?: string },
): Promise<void> {
  const view = viewOf(options);
  await withExecutor(env, async (executor) => {
    const of = person ? await resolvePerson(executor, person) : undefined;
    const by = options.by ? await resolveEntity(executor, options.by, 'any') : undefined;
    const data = await runOperation(executor, DemandsDocument, {
      of: of?.id ?? null,
      by: by?.id ?? null,
      action: options.action ? (options.action.toUpperCase() as DemandAction) : null,
      first: options.first,
      after: options.after ?? null,
    });
    const header = ['by', 'of', 'demand', 'said', 'evidence'];
    answerPage(io, options, data, data.demands, header, (d) => [
      labelOf(d.by, 40),
      d.of.name,
      d.from
        ? `${d.action.toLowerCase()} from ${cut(d.from.name, 50, view)}`
        : d.action.toLowerCase(),
      dateCell(d.statement.saidAt, view),
      quotes(d.evidence, 60, view),
    ]);
  });
}

/** `testimony countries <group>`: the countries whose ambassadors a group is, each marked if a claim. */
export async function countriesCommand(
  env: Env,
  io: CliIo,
  group: string,
  options: ViewOptions & { format: Format },
): Promise<void> {
  const view = viewOf(options);
  await withExecutor(env, async (executor) => {
    const found = await resolveEntity(executor, group, 'Group');
    const data = await runOperation(executor, GroupCountriesDocument, { id: found.id });
    const rows = data.node && 'countries' in data.node ? data.node.countries : [];
    answer(io, options.format, data, rows.length === 0, () =>
      table(
        ['country', 'as the source says', 'claim', 'evidence'],
        rows.map((c) => [
          `${c.country.name}\n${c.country.id}`,
          c.country.aliases.join(', '),
          claimNote(c.isClaim, c.claimedBy ? [c.claimedBy] : [], []),
          quotes(c.evidence, 60, view),
        ]),
        color(io, options.format),
      ),
    );
  });
}
