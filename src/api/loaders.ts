import DataLoader from 'dataloader';
import type { QueryExecutor } from '../queries/index.js';
import { conflictSides } from './conflicts.js';
import { nodeOf, relOf, type Fields } from './projection.js';
import type {
  CitationChainRecord,
  ClusterRecord,
  EvidenceRecord,
  NodeRecord,
  RelRecord,
  SentenceRecord,
  VersionedRecord,
} from './records.js';

export interface Neighbour {
  rel: RelRecord;
  node: NodeRecord;
}
export type Direction = 'out' | 'in';

/**
 * The most neighbours a nested list gives per node and relationship (every list field the SDL
 * documents as capped). A longer list is cut, never silently: the response's
 * `extensions.truncated` names each cut list (see plugins.ts).
 */
export const NEIGHBOUR_CAP = 10_000;

/** A list cut at the cap: whose, through which relationship type and direction. */
export interface Truncation {
  node: string;
  relationship: string;
  direction: Direction;
  cap: number;
}

/**
 * DataLoaders, made anew for each request: however many people a query lists, their evidence
 * (or statements, or participants) is fetched in ONE round trip per field and depth, not one per
 * person. That keeps round trips bounded by the depth of the query, not by the number of results.
 * `fields`: the properties this request's query can read (projection.ts; null: all), known once
 * its document is parsed, before any read.
 */
export function createLoaders(
  executor: QueryExecutor,
  fields: () => Fields = () => null,
  cap: number = NEIGHBOUR_CAP,
) {
  // Lists known to be cut, and those of them this request served (a primed list may never be).
  const cut = new Map<string, Truncation>();
  const truncated = new Map<string, Truncation>();
  /** At most the cap, noting a list that had more (the queries ask for cap + 1). */
  const capped = (key: string, list: Neighbour[]): Neighbour[] => {
    if (list.length <= cap) return list;
    const [relationship = '', direction = 'out', node = ''] = key.split('|');
    cut.set(key, { node, relationship, direction: direction as Direction, cap });
    return list.slice(0, cap);
  };
  const loadNeighbours = async (at: string): Promise<Neighbour[]> => {
    const list = await neighbours.load(at);
    const cutHere = cut.get(at);
    if (cutHere) truncated.set(at, cutHere);
    return list;
  };

  const nodes = new DataLoader<string, NodeRecord | null>(async (ids) => {
    const projected = fields();
    const rows = await executor.read('nodes-by-ids', { ids: [...ids], fields: projected });
    const found = rows.map((row) => nodeOf(row.node, projected));
    const byId = new Map(found.map((node) => [node.id, node]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const evidence = new DataLoader<string, EvidenceRecord[]>(async (ids) => {
    const rows = await executor.read('evidence-of-nodes', { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, row.evidence as EvidenceRecord[]]));
    return ids.map((id) => byId.get(id) ?? []);
  });

  // Keyed by "TYPE|direction|id"; one query per (type, direction) present in a batch.
  const neighbours = new DataLoader<string, Neighbour[]>(async (keys) => {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const [type = '', direction = '', id = ''] = key.split('|');
      const group = `${type}|${direction}`;
      const ids = groups.get(group);
      if (ids) ids.push(id);
      else groups.set(group, [id]);
    }
    const found = new Map<string, Neighbour[]>();
    const projected = fields();
    await Promise.all(
      [...groups].map(async ([group, ids]) => {
        const [type, direction] = group.split('|');
        const rows = await executor.read('neighbours', {
          ids,
          type,
          direction,
          limit: cap + 1,
          fields: projected,
        });
        for (const row of rows) {
          const key = `${group}|${row.id as string}`;
          const neighbour = { rel: relOf(row.rel, projected), node: nodeOf(row.node, projected) };
          const list = found.get(key);
          if (list) list.push(neighbour);
          else found.set(key, [neighbour]);
        }
      }),
    );
    return keys.map((key) => capped(key, found.get(key) ?? []));
  });

  // Many reports: an event's same-as cluster, a shared node's Version nodes (conflicts.cypher, by ids).
  const versions = new DataLoader<string, Versions>(async (ids) => {
    const [row] = await executor.read('conflicts', { person: null, ids: [...ids] });
    const sides = conflictSides(row);
    const clusters = new Map<string, ClusterRecord>();
    for (const cluster of sides.clusters)
      for (const member of cluster.members) clusters.set(member.node.id, cluster);
    const versioned = new Map(sides.versioned.map((v) => [v.node.id, v]));
    return ids.map((id) => ({
      cluster: clusters.get(id) ?? null,
      versioned: versioned.get(id) ?? null,
    }));
  });

  // Keyed by statement id: the citation chains each statement came through (citations.cypher).
  const citations = new DataLoader<string, CitationChainRecord[]>(async (ids) => {
    const rows = await executor.read('citations', { source: null, statements: [...ids] });
    const byStatement = new Map<string, CitationChainRecord[]>();
    for (const row of rows as unknown as CitationChainRecord[]) {
      for (const { id } of row.statements) {
        const list = byStatement.get(id);
        if (list) list.push(row);
        else byStatement.set(id, [row]);
      }
    }
    return ids.map((id) => byStatement.get(id) ?? []);
  });

  // Keyed by evidence id (`<source>#char=<start>,<end>`): the sentence the loader stored.
  const sentences = new DataLoader<string, SentenceRecord>(async (ids) => {
    const rows = await executor.read('evidence-sentences', { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      const number = (value: unknown) =>
        value === null || value === undefined ? null : Number(value);
      return {
        sentence: typeof row?.sentence === 'string' ? row.sentence : null,
        sentenceStart: number(row?.sentenceStart),
        sentenceEnd: number(row?.sentenceEnd),
      };
    });
  });

  const key = (id: string, type: string, direction: Direction) => `${type}|${direction}|${id}`;
  // What prefetch.ts primed, readable at once: a resolver that finds its answer here returns it
  // without a promise, and graphql-js completes such a subtree synchronously.
  const primed = new Map<string, Neighbour[]>();
  return {
    /** The properties this request projects (projection.ts): what prefetch.ts asks for too. */
    fields,
    node: (id: string) => nodes.load(id),
    evidenceOf: (id: string) => evidence.load(id),
    /** The sentence around an evidence span (nulls when the loader stored none). */
    sentenceOf: (span: EvidenceRecord) =>
      sentences.load(`${span.sourceId}#char=${span.start},${span.end}`),
    neighbours: (id: string, type: string, direction: Direction) =>
      loadNeighbours(key(id, type, direction)),
    /** The first neighbour, for one-to-one links (a statement's speaker). */
    neighbour: async (id: string, type: string, direction: Direction) =>
      (await loadNeighbours(key(id, type, direction)))[0],
    /** An event's same-as cluster (null when alone) and a shared node's versions (null when one dataset defines it). */
    versionsOf: (id: string) => versions.load(id),
    /** The chains of citations through which a statement of a cited source reached us. */
    citationChains: (statementId: string) => citations.load(statementId),
    /** The lists this request served cut at the cap, for the response's extensions. */
    truncated: () => [...truncated.values()],
    /** The cap plus one: what person-neighbourhood.cypher must ask for, as neighbours.cypher does. */
    neighbourLimit: cap + 1,
    /** Fills the caches from a query that fetched a neighbourhood at once (see person-neighbourhood.cypher). */
    prime: {
      node: (node: NodeRecord) => nodes.prime(node.id, node),
      neighbours: (id: string, type: string, direction: Direction, found: Neighbour[]) => {
        const at = key(id, type, direction);
        const list = capped(at, found);
        if (!primed.has(at)) primed.set(at, list);
        neighbours.prime(at, list);
      },
    },
    /** Neighbours primed by a prefetch (served: a cut one is noted), or undefined: then ask `neighbours`. */
    primed: (id: string, type: string, direction: Direction) => {
      const at = key(id, type, direction);
      const list = primed.get(at);
      const cutHere = cut.get(at);
      if (list && cutHere) truncated.set(at, cutHere);
      return list;
    },
  };
}

export interface Versions {
  cluster: ClusterRecord | null;
  versioned: VersionedRecord | null;
}

export type Loaders = ReturnType<typeof createLoaders>;
