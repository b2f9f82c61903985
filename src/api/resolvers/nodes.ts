import { preferredMember } from '../../domain/index.js';
import { invariant } from '../../errors.js';
import type { ApiContext } from '../context.js';
import type { DatePrecision, Resolvers, Stance, TextKind } from '../generated/resolvers.js';
import { partialDate, relEvidence, strings, type NodeRecord } from '../records.js';

type NodeTypeName =
  | 'Country'
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

const evidence = (parent: NodeRecord, _args: unknown, ctx: ApiContext) =>
  ctx.loaders.evidenceOf(parent.id);
const aliases = (parent: NodeRecord) => strings(parent.aliases);
const optional = (value: unknown) => (typeof value === 'string' ? value : null);

/** Shared by Event and Meeting. */
const eventFields = {
  date: (parent: NodeRecord) => partialDate(parent, 'date'),
  place: (parent: NodeRecord) => optional(parent.place),
  partOf: async (parent: NodeRecord, _args: unknown, ctx: ApiContext) =>
    (await ctx.loaders.neighbour(parent.id, 'PART_OF', 'out'))?.node ?? null,
  participants: async (parent: NodeRecord, _args: unknown, ctx: ApiContext) =>
    (await ctx.loaders.neighbours(parent.id, 'PARTICIPATED_IN', 'in')).map(({ node, rel }) => ({
      node,
      rel,
    })),
  evidence,
};

export const nodeResolvers: Resolvers = {
  Node: { __resolveType: (parent) => nodeType(parent) },
  Person: {
    aliases,
    nameInferred: (parent) => optional(parent.nameInferred),
    description: (parent) => optional(parent.description),
    evidence,
    meetings: async (parent, _args, ctx) =>
      oncePerCluster(
        (await ctx.loaders.neighbours(parent.id, 'PARTICIPATED_IN', 'out'))
          .map((n) => n.node)
          .filter((node) => node.kind === 'meeting'),
      ),
    statements: async (parent, _args, ctx) =>
      (await ctx.loaders.neighbours(parent.id, 'MADE', 'out')).map((n) => n.node),
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
  Organization: { aliases, description: (parent) => optional(parent.description), evidence },
  Country: { aliases, evidence },
  Group: { description: (parent) => optional(parent.description), evidence },
  Matter: { evidence },
  Event: {
    ...eventFields,
    count: (parent) => optional(parent.count),
    claimedBy: (parent, _args, ctx) =>
      typeof parent.claimedBy === 'string' ? ctx.loaders.node(parent.claimedBy) : null,
  },
  Meeting: eventFields,
  Statement: {
    textKind: (parent) => String(parent.textKind).toUpperCase() as TextKind,
    saidAt: (parent) => partialDate(parent, 'saidAt'),
    speaker: async (parent, _args, ctx) => {
      const speaker = await ctx.loaders.neighbour(parent.id, 'MADE', 'in');
      invariant(speaker, `statement ${parent.id} has no speaker`);
      return speaker.node;
    },
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
    evidence,
  },
  Source: {
    titleInferred: (parent) => optional(parent.titleInferred),
    publishedAt: (parent) => partialDate(parent, 'publishedAt'),
    evidence,
  },
  PartialDate: { precision: (parent) => parent.precision.toUpperCase() as DatePrecision },
  Evidence: {
    source: async (parent, _args, ctx) => {
      const source = await ctx.loaders.node(parent.sourceId);
      invariant(source, `evidence cites unknown source ${parent.sourceId}`);
      return source;
    },
  },
  Participant: {
    node: (parent) => parent.node,
    role: (parent) => String(parent.rel.role),
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
