import type { GraphQLResolveInfo } from 'graphql';
import type { DateMatch } from '../../domain/index.js';
import { invariant } from '../../errors.js';
import type { Row } from '../../queries/index.js';
import {
  claimFilter,
  dateRange,
  hops,
  pageSize,
  PATHS_DEFAULT_FIRST,
  relationshipTypes,
  searchQuery,
} from '../args.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { badInput } from '../errors.js';
import type { DateMatch as DateMatchValue, Resolvers, Stance } from '../generated/resolvers.js';
import {
  partialDate,
  relEvidence,
  strings,
  type CitationChainRecord,
  type ConnectionRecord,
  type DemandConnectionRecord,
  type DemandRecord,
  type EvidenceRecord,
  type NodeRecord,
  type PathRecord,
  type RelRecord,
  type ResponseRecord,
} from '../records.js';
import { selectedPath } from '../lookahead.js';
import { nodeIdArg, requiredNodeIdArg } from '../names.js';
import { prefetchPerson } from '../prefetch.js';
import { claimant, isClaim, nodeType, statementsByIds } from './nodes.js';

/**
 * A page from a connection query's single row: {total, page: [{key, node, dateMatch?}]}
 * (limit = size + 1); dateMatch says how a node's date lies in the from/to window, if any.
 * total is null unless the query asked for it (see wantsTotal).
 */
function connection(rows: Row[], size: number): ConnectionRecord {
  const row = rows[0] ?? { total: null, page: [] };
  const page =
    (row.page as { key: string; node: NodeRecord; dateMatch?: DateMatch | null }[]) ?? [];
  return {
    edges: page.slice(0, size).map(({ key, node, dateMatch }) => ({
      node,
      cursor: encodeCursor(key, node.id),
      dateMatch: dateMatch ?? null,
    })),
    hasNextPage: page.length > size,
    totalCount: row.total === null || row.total === undefined ? null : Number(row.total),
  };
}

/** A page of demands from demands.cypher's single row (keyed by demand id; limit = size + 1). */
function demandConnection(rows: Row[], size: number): DemandConnectionRecord {
  const row = rows[0] ?? { total: 0, page: [] };
  const page = (row.page as { key: string; node: DemandRecord }[]) ?? [];
  return {
    edges: page.slice(0, size).map(({ key, node }) => ({ node, cursor: encodeCursor(key, key) })),
    hasNextPage: page.length > size,
    totalCount: Number(row.total),
  };
}

/**
 * Whether a connection query must count every match ($total): only when totalCount is asked
 * for, since a page costs what it holds and a count costs every match.
 */
const wantsTotal = (info: GraphQLResolveInfo) => selectedPath(info, ['totalCount']).length > 0;

/** totalCount, which the query counted because it was asked for (wantsTotal). */
function totalCount(parent: ConnectionRecord): number {
  invariant(parent.totalCount !== null, 'totalCount was asked for but not counted');
  return parent.totalCount;
}

function pathOf(row: Row): PathRecord {
  const nodes = row.nodes as NodeRecord[];
  const rels = row.rels as (RelRecord & { type: string; startId: string; endId: string })[];
  // Steps read in the path's direction, whichever way each relationship points.
  return {
    steps: rels.map((rel, i) => {
      const from = nodes[i] as NodeRecord;
      const to = nodes[i + 1] as NodeRecord;
      return { from, to, rel };
    }),
  };
}

/** The named queries' dateMatch ('within', 'partial' or null) as the API's enum. */
const dateMatchValue = (match: DateMatch | null | undefined) =>
  match ? (match.toUpperCase() as DateMatchValue) : null;

/** A path's two ends, each an id, a name or an alias (of any node). */
async function endpoints(ctx: ApiContext, from: string, to: string) {
  const [a, b] = await Promise.all([
    requiredNodeIdArg(ctx, 'from', from, 'any'),
    requiredNodeIdArg(ctx, 'to', to, 'any'),
  ]);
  return { from: a, to: b };
}

/** An API enum value as the named queries spell it (DENIES -> denies, REPORT -> report). */
const lower = (value: string | null | undefined) => (value ? value.toLowerCase() : null);

export const queryResolvers: Resolvers = {
  Query: {
    node: (_root, { id }, ctx) => ctx.loaders.node(id),
    person: async (_root, { id, name }, ctx, info) => {
      if ((id ? 1 : 0) + (name ? 1 : 0) !== 1)
        throw badInput('id', 'or "name" must be given, and not both.');
      if (id) {
        const asksMeetings = selectedPath(info, ['meetings']).length > 0;
        const node = asksMeetings
          ? await prefetchPerson(ctx, id, info)
          : await ctx.loaders.node(id);
        return node && nodeType(node) === 'Person' ? node : null;
      }
      const rows = await ctx.executor.read('entity-by-name', { name, label: 'Person' });
      return (rows[0]?.node as NodeRecord | undefined) ?? null;
    },
    people: async (_root, { nameContains, first, after }, ctx, info) => {
      const size = pageSize(first);
      const rows = await ctx.executor.read('people', {
        nameContains: nameContains ?? null,
        ...decodeCursor(after),
        limit: size + 1,
        total: wantsTotal(info),
      });
      return connection(rows, size);
    },
    organizations: async (_root, { nameContains, kind, first, after }, ctx) => {
      const size = pageSize(first);
      const rows = await ctx.executor.read('organizations', {
        nameContains: nameContains ?? null,
        kind: kind ?? null,
        ...decodeCursor(after),
        limit: size + 1,
      });
      return connection(rows, size);
    },
    events: async (_root, { nameContains, kind, first, after }, ctx) => {
      const size = pageSize(first);
      const rows = await ctx.executor.read('events', {
        nameContains: nameContains ?? null,
        kind: kind ?? null,
        ...decodeCursor(after),
        limit: size + 1,
      });
      return connection(rows, size);
    },
    demands: async (_root, args, ctx) => {
      const size = pageSize(args.first);
      const { afterKey } = decodeCursor(args.after);
      const rows = await ctx.executor.read('demands', {
        action: args.action ? args.action.toLowerCase() : null,
        afterKey,
        limit: size + 1,
        // Names last: a bad argument is refused before the database is asked anything.
        by: await nodeIdArg(ctx, 'by', args.by, 'any'),
        of: await nodeIdArg(ctx, 'of', args.of, 'Person'),
      });
      return demandConnection(rows, size);
    },
    search: async (_root, { text, first }, ctx) => {
      const rows = await ctx.executor.read('search', {
        query: searchQuery(text),
        limit: pageSize(first),
      });
      // search.cypher ranks the hits and says which field each matched.
      return rows.map((row) => ({
        node: row.node as NodeRecord,
        score: Number(row.score),
        field: String(row.field),
        evidence: (row.evidence as EvidenceRecord | null) ?? null,
      }));
    },
    meetings: async (_root, args, ctx, info) => {
      const size = pageSize(args.first);
      const rows = await ctx.executor.read('meetings', {
        ...dateRange(args.from, args.to, args.dates),
        claims: claimFilter(args.claims),
        ...decodeCursor(args.after),
        limit: size + 1,
        total: wantsTotal(info),
        // Names last: a bad argument is refused before the database is asked anything.
        participant: await nodeIdArg(ctx, 'participant', args.participant, 'Person'),
        with: await nodeIdArg(ctx, 'with', args.with, 'Person'),
      });
      return connection(rows, size);
    },
    statements: async (_root, args, ctx, info) => {
      const size = pageSize(args.first);
      const rows = await ctx.executor.read('statements', {
        stance: lower(args.stance),
        speakerKind: lower(args.speakerKind),
        ...dateRange(args.from, args.to, args.dates),
        ...decodeCursor(args.after),
        limit: size + 1,
        total: wantsTotal(info),
        speaker: await nodeIdArg(ctx, 'speaker', args.speaker, 'any'),
        about: await nodeIdArg(ctx, 'about', args.about, 'any'),
        at: await nodeIdArg(ctx, 'at', args.at, 'Event'),
      });
      return connection(rows, size);
    },
    recusals: async (_root, { person }, ctx) => {
      const rows = await ctx.executor.read('recusals', {
        person: await nodeIdArg(ctx, 'person', person, 'Person'),
      });
      return rows.map((row) => ({
        person: row.person as NodeRecord,
        matter: row.matter as NodeRecord,
        rel: row.recusal as RelRecord,
      }));
    },
    timeline: async (_root, { entity, from, to, dates, claims }, ctx) => {
      const rows = await ctx.executor.read('timeline', {
        ...dateRange(from, to, dates),
        claims: claimFilter(claims),
        entity: await requiredNodeIdArg(ctx, 'entity', entity, 'any'),
      });
      return rows.map((row) => {
        const recusal = row.recusal as { person: NodeRecord; rel: RelRecord } | null;
        const node = row.node as NodeRecord;
        return {
          node,
          role: String(row.role),
          dateMatch: (row.dateMatch as DateMatch | null) ?? null,
          recusal: recusal ? { person: recusal.person, matter: node, rel: recusal.rel } : null,
        };
      });
    },
    shortestPath: async (_root, { from, to, maxHops, via, claims }, ctx) => {
      const rows = await ctx.executor.read('shortest-path', {
        maxHops: hops(maxHops),
        types: relationshipTypes(via),
        claims: claimFilter(claims),
        ...(await endpoints(ctx, from, to)),
      });
      return rows[0] ? pathOf(rows[0]) : null;
    },
    paths: async (_root, { from, to, maxHops, via, first, claims }, ctx) => {
      const rows = await ctx.executor.read('all-shortest-paths', {
        maxHops: hops(maxHops),
        types: relationshipTypes(via),
        claims: claimFilter(claims),
        limit: pageSize(first, PATHS_DEFAULT_FIRST),
        ...(await endpoints(ctx, from, to)),
      });
      return rows.map(pathOf);
    },
    contradictions: async (_root, { person, speakerKind }, ctx) => {
      const rows = await ctx.executor.read('contradictions', {
        person: await nodeIdArg(ctx, 'person', person, 'Person'),
        speakerKind: lower(speakerKind),
      });
      return rows.map((row) => ({
        statement: row.statement as NodeRecord,
        speaker: row.speaker as NodeRecord,
        denied: (row.denied as { fact: NodeRecord; about: RelRecord }[]).map(({ fact, about }) => ({
          fact,
          about,
        })),
        responses: row.responses as ResponseRecord[],
      }));
    },
    sources: async (_root, _args, ctx) =>
      (await ctx.executor.read('sources', {})).map((row) => row.node as NodeRecord),
    citations: async (_root, { source }, ctx) =>
      (await ctx.executor.read('citations', {
        source: source ?? null,
        statements: null,
      })) as unknown as CitationChainRecord[],
    stats: async (_root, _args, ctx) => {
      const [row] = await ctx.executor.read('stats', {});
      return {
        nodes: Number(row?.nodes ?? 0),
        relationships: Number(row?.relationships ?? 0),
        labels: (row?.labels as { name: string; count: number }[]) ?? [],
        types: (row?.types as { name: string; count: number }[]) ?? [],
      };
    },
  },
  PersonConnection: {
    totalCount,
    pageInfo: (parent) => ({
      hasNextPage: parent.hasNextPage,
      endCursor: parent.edges.at(-1)?.cursor ?? null,
    }),
  },
  MeetingConnection: {
    totalCount,
    pageInfo: (parent) => ({
      hasNextPage: parent.hasNextPage,
      endCursor: parent.edges.at(-1)?.cursor ?? null,
    }),
  },
  MeetingEdge: { dateMatch: (parent) => dateMatchValue(parent.dateMatch) },
  OrganizationConnection: {
    pageInfo: (parent) => ({
      hasNextPage: parent.hasNextPage,
      endCursor: parent.edges.at(-1)?.cursor ?? null,
    }),
  },
  EventConnection: {
    pageInfo: (parent) => ({
      hasNextPage: parent.hasNextPage,
      endCursor: parent.edges.at(-1)?.cursor ?? null,
    }),
  },
  DemandConnection: {
    pageInfo: (parent) => ({
      hasNextPage: parent.hasNextPage,
      endCursor: parent.edges.at(-1)?.cursor ?? null,
    }),
  },
  StatementConnection: {
    totalCount,
    pageInfo: (parent) => ({
      hasNextPage: parent.hasNextPage,
      endCursor: parent.edges.at(-1)?.cursor ?? null,
    }),
  },
  StatementEdge: { dateMatch: (parent) => dateMatchValue(parent.dateMatch) },
  PathStep: {
    type: (parent) => parent.rel.type,
    date: (parent) =>
      partialDate(parent.rel, 'date') ??
      partialDate(parent.rel, 'announcedAt') ??
      partialDate(parent.rel, 'saidAt') ??
      partialDate(parent.rel, 'during'),
    evidence: (parent) => relEvidence(parent.rel),
    // The path queries read claim, claimedBy and count off each relationship (see shortest-path.cypher).
    isClaim: (parent) => parent.rel.claim === true,
    claimedBy: (parent, _args, ctx) => statementsByIds(ctx, strings(parent.rel.claimedBy)),
    counts: (parent) => strings(parent.rel.count),
    inferred: (parent) => parent.rel.inferred === true,
    inferredFrom: (parent) =>
      typeof parent.rel.inferredFrom === 'string' ? parent.rel.inferredFrom : null,
  },
  Path: { length: (parent) => parent.steps.length },
  TimelineEntry: {
    kind: (parent) =>
      parent.recusal
        ? 'recusal'
        : parent.node.labels.includes('Statement')
          ? 'statement'
          : parent.node.kind === 'meeting'
            ? 'meeting'
            : 'event',
    date: (parent) => {
      if (parent.recusal) {
        const announced = partialDate(parent.recusal.rel, 'announcedAt');
        invariant(announced, `recusal ${String(parent.recusal.rel.recusalId)} has no date`);
        return announced;
      }
      const date = partialDate(
        parent.node,
        parent.node.labels.includes('Statement') ? 'saidAt' : 'date',
      );
      invariant(date, `timeline entry ${parent.node.id} has no date`);
      return date;
    },
    summary: (parent) =>
      parent.recusal
        ? `${String(parent.recusal.person.name)} recused from ${String(parent.node.name)}`
        : ([parent.node.name, parent.node.text, parent.node.id].find(
            (value): value is string => typeof value === 'string',
          ) ?? ''),
    recusal: (parent) => parent.recusal ?? null,
    isClaim: (parent) => isClaim(parent.node),
    claimedBy: (parent, _args, ctx) => claimant(ctx, parent.node),
    count: (parent) => (typeof parent.node.count === 'string' ? parent.node.count : null),
    dateMatch: (parent) => dateMatchValue(parent.dateMatch),
  },
  Contradiction: {
    saidAt: (parent) => partialDate(parent.statement, 'saidAt'),
    deniedFacts: (parent) => parent.denied,
    responses: (parent) => parent.responses.map((r) => r.statement),
    defences: (parent) => parent.responses.filter((r) => r.about.stance === 'defends'),
    qualifications: (parent) => parent.responses.filter((r) => r.about.stance === 'hedges'),
  },
  Response: {
    stance: (parent) => String(parent.about.stance).toUpperCase() as Stance,
    inferred: (parent) => parent.about.inferred === true,
    inferredFrom: (parent) =>
      typeof parent.about.inferredFrom === 'string' ? parent.about.inferredFrom : null,
  },
  DeniedFact: {
    claim: (parent) => (typeof parent.about.claim === 'string' ? parent.about.claim : null),
    inferred: (parent) => parent.about.inferred === true,
    inferredFrom: (parent) =>
      typeof parent.about.inferredFrom === 'string' ? parent.about.inferredFrom : null,
    evidence: (parent, _args, ctx) => ctx.loaders.evidenceOf(parent.fact.id),
  },
};
