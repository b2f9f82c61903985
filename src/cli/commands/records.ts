import type { Env } from '../../config/index.js';
import { withExecutor } from '../connect.js';
import {
  claimNote,
  cut,
  dateCell,
  labelOf,
  namedLabel,
  quotes,
  withNote,
} from '../format/labels.js';
import { table } from '../format/table.js';
import {
  PeopleDocument,
  type PeopleQuery,
  RecusalsDocument,
  RolesDocument,
} from '../generated/operations.js';
import { runOperation } from '../graphql.js';
import type { CliIo } from '../io.js';
import { resolvePerson } from '../names.js';
import { answer, color, viewOf, type Format, type ViewOptions } from './questions.js';

/** `testimony recusals [person]`: who recused from what, when, in whose words, with evidence. */
export async function recusalsCommand(
  env: Env,
  io: CliIo,
  person: string | undefined,
  options: ViewOptions & { format: Format },
): Promise<void> {
  const view = viewOf(options);
  await withExecutor(env, async (executor) => {
    const who = person ? await resolvePerson(executor, person) : undefined;
    const data = await runOperation(executor, RecusalsDocument, { person: who?.id ?? null });
    const rows = data.recusals;
    answer(io, options.format, data, rows.length === 0, () =>
      table(
        ['person', 'matter', 'concerns', 'announced', 'scope', 'evidence'],
        rows.map((r) => [
          labelOf(r.person),
          namedLabel(r.matter, 60, view),
          // Whose words draw the matter so: Sessions' own ("the campaigns") beside the report's paraphrase.
          r.matter.concerns
            .map(
              (c) =>
                `${labelOf(c.target)}${c.textKind ? ` (${c.textKind === 'QUOTE' ? "in the speaker's words" : "the report's paraphrase"}: "${cut(c.evidence[0]?.quote ?? '', 70, view)}")` : ''}`,
            )
            .join('\n'),
          dateCell(r.announcedAt, view),
          cut(r.scope, 80, view),
          quotes(r.evidence, 70, view),
        ]),
        color(io, options.format),
      ),
    );
  });
}

/** `testimony roles <person>`: the positions a person held, where, and when the source shows them. */
export async function rolesCommand(
  env: Env,
  io: CliIo,
  person: string,
  options: ViewOptions & { format: Format },
): Promise<void> {
  const view = viewOf(options);
  await withExecutor(env, async (executor) => {
    const who = await resolvePerson(executor, person);
    const data = await runOperation(executor, RolesDocument, { id: who.id });
    const rows = data.node && 'roles' in data.node ? data.node.roles : [];
    answer(io, options.format, data, rows.length === 0, () =>
      table(
        ['title', 'at', 'during', 'evidence'],
        rows.map((r) => [
          withNote(
            namedLabel(r, 60, view),
            claimNote(r.isClaim, r.claimedBy ? [r.claimedBy] : [], []),
          ),
          labelOf(r.at),
          dateCell(r.during, view),
          quotes(r.evidence, 70, view),
        ]),
        color(io, options.format),
      ),
    );
  });
}

/**
 * `testimony people [--name <part>]`: every person (name order), all pages of the API's `people`
 * in one answer: the JSON is the API's connection with every edge, and the last page's pageInfo.
 */
export async function peopleCommand(
  env: Env,
  io: CliIo,
  options: ViewOptions & { name?: string; format: Format },
): Promise<void> {
  const view = viewOf(options);
  await withExecutor(env, async (executor) => {
    const edges: PeopleQuery['people']['edges'] = [];
    let page: PeopleQuery | undefined;
    do {
      page = await runOperation(executor, PeopleDocument, {
        nameContains: options.name ?? null,
        after: page?.people.pageInfo.endCursor ?? null,
      });
      edges.push(...page.people.edges);
    } while (page.people.pageInfo.hasNextPage);
    const data = { people: { ...page.people, edges } };
    answer(io, options.format, data, edges.length === 0, () =>
      table(
        ['name', 'aliases', 'id', 'description'],
        edges.map(({ node: p }) => [
          p.nameInferred ? `${p.name}\n(name normalised by the curator)` : p.name,
          p.aliases.join('\n'),
          p.id,
          cut(p.description ?? '', 70, view),
        ]),
        color(io, options.format),
      ),
    );
  });
}
