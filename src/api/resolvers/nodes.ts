import { preferredMember, type ClaimFilter } from '../../domain/index.js';
import { invariant } from '../../errors.js';
import { claimFilter } from '../args.js';
import type { ApiContext } from '../context.js';
import type { Neighbour } from '../loaders.js';
import type {
  DatePrecision,
  DemandAction,
  Resolvers,
  SpeakerKind,
  Stance,
  TextKind,
} from '../generated/resolvers.js';
import { partialDate, relEvidence, strings, type NodeRecord, type RelRecord } from '../records.js';

type NodeTypeName =
  | 'Country'
  | 'Proposition'
  | 'Event'
  | 'Group'
  | 'Matter'
  | 'Meeting'
  | 'Organization'
  | 'Person'
  | 'Role'
  | 'Source'
  | 'Statement';
const LABEL_TYPES: NodeTypeName[] = [
  'Person',
  'Organization',
  'Country',
  'Group',
  'Matter',
  'Proposition',
  'Statement',
  'Role',
  'Source',
];

/** The GraphQL type of a node: its label, and for an Event of kind meeting, Meeting. */
export function nodeType(record: NodeRecord): NodeTypeName {
  if (record.labels.includes('Event')) return record.kind === 'meeting' ? 'Meeting' : 'Event';
  const type = LABEL_TYPES.find((label) => record.labels.includes(label));
  invariant(type, `node ${record.id} has no GraphQL type (labels ${record.labels.join(',')})`);
  return type;
}

/**
 * A same-as cluster once (several reports' versions of one meeting), by its preferred member
 * among those listed; the order is kept. The whole cluster is in Meeting.versions.
 */
function oncePerCluster(meetings: NodeRecord[]): NodeRecord[] {
  const groups = new Map<string, NodeRecord[]>();
  for (const m of meetings) {
    const key = typeof m.cluster === 'string' ? m.cluster : m.id;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const shown = new Set([...groups.values()].map((group) => preferredMember(group)));
  return meetings.filter((m) => shown.has(m));
}

/** An event known only from someone's statement: its `claimedBy` names the statement. */
export const isClaim = (node: NodeRecord) => typeof node.claimedBy === 'string';

/** The statement a claimed event is known from (null for a recorded event). */
export const claimant = (ctx: ApiContext, node: NodeRecord) =>
  typeof node.claimedBy === 'string' ? ctx.loaders.node(node.claimedBy) : null;

/** Statements by id, in that order (batched by the node loader). */
export async function statementsByIds(ctx: ApiContext, ids: string[]): Promise<NodeRecord[]> {
  const nodes = await Promise.all(ids.map((id) => ctx.loaders.node(id)));
  return nodes.filter((node): node is NodeRecord => node !== null);
}

/** Whether a node passes a claims filter (INCLUDE keeps all). */
export function passesClaims(node: NodeRecord, claims: ClaimFilter): boolean {
  if (claims === 'exclude') return !isClaim(node);
  if (claims === 'only') return isClaim(node);
  return true;
}

const evidence = (parent: NodeRecord, _args: unknown, ctx: ApiContext) =>
  ctx.loaders.evidenceOf(parent.id);

/** The nodes with these ids, in this order, each once (unknown ids are left out). */
export async function nodesOf(ctx: ApiContext, ids: Iterable<string>): Promise<NodeRecord[]> {
  const found = await Promise.all([...new Set(ids)].map((id) => ctx.loaders.node(id)));
  return found.filter((node): node is NodeRecord => node !== null);
}

/** Neighbours through one relationship type, each node once: two datasets may state the same link. */
async function distinctNeighbours(
  ctx: ApiContext,
  id: string,
  type: string,
  direction: 'in' | 'out',
): Promise<NodeRecord[]> {
  const seen = new Set<string>();
  return (await ctx.loaders.neighbours(id, type, direction))
    .map((n) => n.node)
    .filter((node) => !seen.has(node.id) && seen.add(node.id));
}

/**
 * Neighbours through the loaders, mapped: at once (no promise) when a prefetch primed them, as
 * for every level of person { meetings { participants { node { statements } } } }.
 */
function neighboursThen<T>(
  ctx: ApiContext,
  id: string,
  type: string,
  direction: 'in' | 'out',
  map: (found: Neighbour[]) => T,
): T | Promise<T> {
  const known = ctx.loaders.primed(id, type, direction);
  return known ? map(known) : ctx.loaders.neighbours(id, type, direction).then(map);
}

async function speakerOf(ctx: ApiContext, statement: NodeRecord): Promise<NodeRecord> {
  const speaker = await ctx.loaders.neighbour(statement.id, 'MADE', 'in');
  invariant(speaker, `statement ${statement.id} has no speaker`);
  return speaker.node;
}
const aliases = (parent: NodeRecord) => strings(parent.aliases);
const optional = (value: unknown) => (typeof value === 'string' ? value : null);
/** Why a name is the curator's wording, not the report's (null when it is the report's). */
const nameInferred = (parent: NodeRecord) => optional(parent.nameInferred);

/** What a matter or proposition CONCERNS, each with whose words draw it so. */
const concerns = async (parent: NodeRecord, _args: unknown, ctx: ApiContext) =>
  (await ctx.loaders.neighbours(parent.id, 'CONCERNS', 'out')).map(({ node, rel }) => ({
    target: node,
    rel,
  }));

/** Shared by Event and Meeting. */
const eventFields = {
  date: (parent: NodeRecord) => partialDate(parent, 'date'),
  place: (parent: NodeRecord) => optional(parent.place),
  count: (parent: NodeRecord) => optional(parent.count),
  nameInferred,
  partOfInferred: (parent: NodeRecord) => optional(parent.partOfInferred),
  isClaim: (parent: NodeRecord) => isClaim(parent),
  claimedBy: (parent: NodeRecord, _args: unknown, ctx: ApiContext) => claimant(ctx, parent),
  partOf: async (parent: NodeRecord, _args: unknown, ctx: ApiContext) =>
    (await ctx.loaders.neighbour(parent.id, 'PART_OF', 'out'))?.node ?? null,
  participants: (parent: NodeRecord, _args: unknown, ctx: ApiContext) =>
    neighboursThen(ctx, parent.id, 'PARTICIPATED_IN', 'in', (found) =>
      found.map(({ node, rel }) => ({ node, rel })),
    ),
  // What was said at it: MADE_AT, in time order (neighbours.cypher sorts by the sort key).
  statements: async (parent: NodeRecord, _args: unknown, ctx: ApiContext) =>
    (await ctx.loaders.neighbours(parent.id, 'MADE_AT', 'in')).map((n) => n.node),
  evidence,
};

/** A relationship's `position` (the curator's order), for lists kept in the source's order. */
const position = (rel: RelRecord) =>
  typeof rel.position === 'number' ? rel.position : Number(rel.position ?? 0);

export const nodeResolvers: Resolvers = {
  Node: { __resolveType: (parent) => nodeType(parent) },
  Person: {
    aliases,
    nameInferred: (parent) => optional(parent.nameInferred),
    description: (parent) => optional(parent.description),
    evidence,
    meetings: (parent, args, ctx) => {
      const claims = claimFilter(args.claims);
      // A same-as cluster once, by its preferred member; the claims filter judges that member
      // (a cluster is a claim only when every version is), as meetings.cypher does.
      return neighboursThen(ctx, parent.id, 'PARTICIPATED_IN', 'out', (found) =>
        oncePerCluster(found.map((n) => n.node).filter((node) => node.kind === 'meeting')).filter(
          (node) => passesClaims(node, claims),
        ),
      );
    },
    statements: (parent, _args, ctx) =>
      neighboursThen(ctx, parent.id, 'MADE', 'out', (found) => found.map((n) => n.node)),
    spokespeople: async (parent, _args, ctx) =>
      (await ctx.loaders.neighbours(parent.id, 'SPOKE_FOR', 'in')).map(({ node, rel }) => ({
        spokesperson: node,
        principal: parent,
        rel,
      })),
    spokeFor: async (parent, _args, ctx) =>
      (await ctx.loaders.neighbours(parent.id, 'SPOKE_FOR', 'out')).map(({ node, rel }) => ({
        spokesperson: parent,
        principal: node,
        rel,
      })),
    recusals: async (parent, _args, ctx) =>
      (await ctx.loaders.neighbours(parent.id, 'RECUSED_FROM', 'out')).map(({ node, rel }) => ({
        person: parent,
        matter: node,
        rel,
      })),
    roles: async (parent, _args, ctx) =>
      (await ctx.loaders.neighbours(parent.id, 'HOLDS_ROLE', 'out')).map((n) => n.node),
  },
  Organization: {
    aliases,
    nameInferred,
    description: (parent) => optional(parent.description),
    evidence,
  },
  Country: { aliases, evidence },
  Group: {
    nameInferred,
    description: (parent) => optional(parent.description),
    countries: async (parent, _args, ctx) =>
      (await ctx.loaders.neighbours(parent.id, 'REPRESENTS', 'out'))
        .map(({ node, rel }) => ({ node, rel }))
        .sort((a, b) => position(a.rel) - position(b.rel)),
    evidence,
  },
  GroupCountry: {
    country: (parent) => parent.node,
    isClaim: (parent) => parent.rel.claim === true,
    claimedBy: async (parent, _args, ctx) =>
      (await statementsByIds(ctx, strings(parent.rel.claimedBy)))[0] ?? null,
    evidence: (parent) => relEvidence(parent.rel),
  },
  AnyEvent: { __resolveType: (parent) => (parent.kind === 'meeting' ? 'Meeting' : 'Event') },
  Demand: {
    id: (parent) => String(parent.rel.demandId),
    action: (parent) => String(parent.rel.action).toUpperCase() as DemandAction,
    from: (parent, _args, ctx) =>
      typeof parent.rel.matterId === 'string' ? ctx.loaders.node(parent.rel.matterId) : null,
    statement: async (parent, _args, ctx) => {
      const statement = await ctx.loaders.node(String(parent.rel.statementId));
      invariant(statement, `demand ${String(parent.rel.demandId)} without its statement`);
      return statement;
    },
    evidence: (parent) => relEvidence(parent.rel),
  },
  Matter: { nameInferred, concerns, evidence },
  Proposition: {
    concerns,
    statements: async (parent, _args, ctx) =>
      (await ctx.loaders.neighbours(parent.id, 'ABOUT', 'in')).map((n) => n.node),
    evidence,
  },
  Concern: {
    target: (parent) => parent.target,
    statement: (parent, _args, ctx) =>
      typeof parent.rel.statementId === 'string' ? ctx.loaders.node(parent.rel.statementId) : null,
    textKind: (parent) =>
      typeof parent.rel.textKind === 'string'
        ? (parent.rel.textKind.toUpperCase() as TextKind)
        : null,
    evidence: (parent) => relEvidence(parent.rel),
  },
  Event: eventFields,
  Meeting: eventFields,
  Statement: {
    textKind: (parent) => String(parent.textKind).toUpperCase() as TextKind,
    saidAt: (parent) => partialDate(parent, 'saidAt'),
    speaker: (parent, _args, ctx) => speakerOf(ctx, parent),
    speakerKind: (parent) => String(parent.speakerKind).toUpperCase() as SpeakerKind,
    onBehalfOf: async (parent, _args, ctx) =>
      (await ctx.loaders.neighbour(parent.id, 'ON_BEHALF_OF', 'out'))?.node ?? null,
    at: async (parent, _args, ctx) =>
      (await ctx.loaders.neighbour(parent.id, 'MADE_AT', 'out'))?.node ?? null,
    about: async (parent, _args, ctx) =>
      (await ctx.loaders.neighbours(parent.id, 'ABOUT', 'out')).map(({ node, rel }) => ({
        target: node,
        rel,
      })),
    evidence,
    // Every source whose text holds a span of the evidence, but the speaker's own.
    reportedBy: async (parent, _args, ctx) => {
      const [speaker, spans] = await Promise.all([
        speakerOf(ctx, parent),
        ctx.loaders.evidenceOf(parent.id),
      ]);
      return nodesOf(
        ctx,
        spans.map((span) => span.sourceId).filter((id) => id !== speaker.id),
      );
    },
    citationChains: (parent, _args, ctx) => ctx.loaders.citationChains(parent.id),
  },
  Role: {
    holder: async (parent, _args, ctx) => {
      const holder = await ctx.loaders.neighbour(parent.id, 'HOLDS_ROLE', 'in');
      invariant(holder, `role ${parent.id} has no holder`);
      return holder.node;
    },
    at: async (parent, _args, ctx) =>
      (await ctx.loaders.neighbour(parent.id, 'ROLE_AT', 'out'))?.node ?? null,
    during: (parent) => partialDate(parent, 'during'),
    titleInferred: (parent) => optional(parent.titleInferred),
    isClaim: (parent) => isClaim(parent),
    claimedBy: (parent, _args, ctx) => claimant(ctx, parent),
    evidence,
  },
  Source: {
    titleInferred: (parent) => optional(parent.titleInferred),
    publishedAt: (parent) => partialDate(parent, 'publishedAt'),
    evidence,
    publisher: async (parent, _args, ctx) =>
      (await ctx.loaders.neighbour(parent.id, 'PUBLISHED_BY', 'out'))?.node ?? null,
    cites: (parent, _args, ctx) => distinctNeighbours(ctx, parent.id, 'CITES', 'out'),
    citedBy: (parent, _args, ctx) => distinctNeighbours(ctx, parent.id, 'CITES', 'in'),
    statements: (parent, _args, ctx) => distinctNeighbours(ctx, parent.id, 'MADE', 'out'),
  },
  CitationChain: {
    sources: (parent, _args, ctx) =>
      nodesOf(
        ctx,
        parent.chain.map((link) => link.id),
      ),
    reportedBy: async (parent, _args, ctx) => {
      const source = await ctx.loaders.node(parent.reportedBy);
      invariant(source, `citation chain ends at unknown source ${parent.reportedBy}`);
      return source;
    },
    statements: (parent, _args, ctx) =>
      nodesOf(
        ctx,
        parent.statements.map((statement) => statement.id),
      ),
  },
  // open-start -> OPEN_START
  PartialDate: {
    precision: (parent) => parent.precision.toUpperCase().replace('-', '_') as DatePrecision,
  },
  Evidence: {
    // Stored on the Evidence node by the loader (src/dataset/sentences.ts), fetched by span id.
    sentence: async (parent, _args, ctx) => (await ctx.loaders.sentenceOf(parent)).sentence,
    sentenceStart: async (parent, _args, ctx) =>
      (await ctx.loaders.sentenceOf(parent)).sentenceStart,
    sentenceEnd: async (parent, _args, ctx) => (await ctx.loaders.sentenceOf(parent)).sentenceEnd,
    source: async (parent, _args, ctx) => {
      const source = await ctx.loaders.node(parent.sourceId);
      invariant(source, `evidence cites unknown source ${parent.sourceId}`);
      return source;
    },
  },
  Participant: {
    node: (parent) => parent.node,
    role: (parent) => String(parent.rel.role),
    inferred: (parent) => parent.rel.inferred === true,
    inferredFrom: (parent) => optional(parent.rel.inferredFrom),
    evidence: (parent) => relEvidence(parent.rel),
  },
  About: {
    target: (parent) => parent.target,
    stance: (parent) => String(parent.rel.stance).toUpperCase() as Stance,
    claim: (parent) => optional(parent.rel.claim),
    inferred: (parent) => parent.rel.inferred === true,
    inferredFrom: (parent) => optional(parent.rel.inferredFrom),
    evidence: (parent) => relEvidence(parent.rel),
  },
  Recusal: {
    id: (parent) => String(parent.rel.recusalId),
    announcedAt: (parent) => {
      const date = partialDate(parent.rel, 'announcedAt');
      invariant(date, 'a recusal without its date');
      return date;
    },
    scope: (parent) => String(parent.rel.scope),
    statement: async (parent, _args, ctx) => {
      const statement = await ctx.loaders.node(String(parent.rel.statementId));
      invariant(statement, 'a recusal without its statement');
      return statement;
    },
    evidence: (parent) => relEvidence(parent.rel),
  },
  SpokeFor: {
    date: (parent) => partialDate(parent.rel, 'date'),
    statements: async (parent, _args, ctx) =>
      (
        await Promise.all(strings(parent.rel.statementIds).map((id) => ctx.loaders.node(id)))
      ).filter((node): node is NodeRecord => node !== null),
    evidence: (parent) => relEvidence(parent.rel),
  },
};
