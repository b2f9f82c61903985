import { pageSize } from '../args.js';
import {
  clusterConflicts,
  conflictSides,
  datasetOf,
  judge,
  meetingVersions,
  ownVersion,
} from '../conflicts.js';
import type { ApiContext } from '../context.js';
import { badInput } from '../errors.js';
import { nodeIdArg } from '../names.js';
import type { ConflictKind, Resolvers, Stance } from '../generated/resolvers.js';
import {
  partialDate,
  strings,
  type EvidenceRecord,
  type NodeRecord,
  type VersionRecord,
} from '../records.js';

function kindsArg(kinds: readonly ConflictKind[] | null | undefined): ConflictKind[] | undefined {
  if (!kinds) return undefined;
  if (kinds.length === 0) throw badInput('kinds', 'must name at least one kind, or be left out.');
  return [...new Set(kinds)];
}

/** Distinct sources of some evidence, through the node loader (one round trip per request level). */
async function sourcesOf(ctx: ApiContext, evidence: EvidenceRecord[]): Promise<NodeRecord[]> {
  const ids = [...new Set(evidence.map((e) => e.sourceId))].sort();
  const nodes = await Promise.all(ids.map((id) => ctx.loaders.node(id)));
  return nodes.filter((node): node is NodeRecord => node !== null);
}

/** A shared node's versions: its Version nodes, or itself when one dataset defines it. */
async function versionsOf(parent: NodeRecord, ctx: ApiContext): Promise<VersionRecord[]> {
  const { versioned } = await ctx.loaders.versionsOf(parent.id);
  return versioned ? versioned.versions : [ownVersion(parent)];
}

const versions = (parent: NodeRecord, _args: unknown, ctx: ApiContext) => versionsOf(parent, ctx);

const text = (value: unknown) => (typeof value === 'string' ? value : null);

export const conflictResolvers: Resolvers = {
  Query: {
    conflicts: async (_root, args, ctx) => {
      const size = pageSize(args.first);
      const kinds = kindsArg(args.kinds);
      const person = await nodeIdArg(ctx, 'person', args.person, 'Person');
      const [row] = await ctx.executor.read('conflicts', { person, ids: null });
      const sides = conflictSides(row);
      const found = judge(sides, kinds);
      return {
        items: found.slice(0, size),
        totalCount: found.length,
        truncated: found.length > size || sides.scanCapped,
        scanCapped: sides.scanCapped,
      };
    },
  },
  Meeting: {
    cluster: (parent) => text(parent.cluster) ?? parent.id,
    versions: async (parent, _args, ctx) => {
      const { cluster } = await ctx.loaders.versionsOf(parent.id);
      if (cluster) return meetingVersions(cluster);
      const [participants, evidence] = await Promise.all([
        ctx.loaders.neighbours(parent.id, 'PARTICIPATED_IN', 'in'),
        ctx.loaders.evidenceOf(parent.id),
      ]);
      const claimedBy = text(parent.claimedBy);
      return [
        {
          node: parent,
          participants,
          claimedBy: claimedBy ? await ctx.loaders.node(claimedBy) : null,
          evidence,
          preferred: true,
        },
      ];
    },
    sameAs: async (parent, _args, ctx) => {
      const { cluster } = await ctx.loaders.versionsOf(parent.id);
      return (cluster?.members ?? []).map((m) => m.node).filter((n) => n.id !== parent.id);
    },
    conflicts: async (parent, _args, ctx) => {
      const { cluster } = await ctx.loaders.versionsOf(parent.id);
      return cluster ? clusterConflicts(cluster) : [];
    },
  },
  Person: { versions },
  Organization: { versions },
  Country: { versions },
  ConflictSide: {
    stance: (parent) => parent.stance as Stance | null,
    sources: (parent, _args, ctx) => sourcesOf(ctx, parent.evidence),
  },
  MeetingVersion: {
    id: (parent) => parent.node.id,
    event: (parent) => parent.node,
    dataset: (parent) => datasetOf(parent.node),
    name: (parent) => text(parent.node.name) ?? parent.node.id,
    date: (parent) => partialDate(parent.node, 'date'),
    count: (parent) => text(parent.node.count),
    place: (parent) => text(parent.node.place),
    sources: (parent, _args, ctx) => sourcesOf(ctx, parent.evidence),
  },
  Version: {
    name: (parent) => text(parent.props.name),
    description: (parent) => text(parent.props.description),
    aliases: (parent) => strings(parent.props.aliases),
    fields: (parent) =>
      Object.entries(parent.props)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([name, value]) => ({ name, value }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    evidence: (parent, _args, ctx) => parent.evidence ?? ctx.loaders.evidenceOf(parent.of),
    sources: async (parent, _args, ctx) =>
      sourcesOf(ctx, parent.evidence ?? (await ctx.loaders.evidenceOf(parent.of))),
  },
};
