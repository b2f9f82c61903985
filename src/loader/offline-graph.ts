import {
  DAY_PROPERTIES,
  deriveMeetings,
  deriveSpokeFor,
  type DerivedRow,
  type GraphRows,
  type MeetingMember,
  type OnBehalfStatement,
  type Span,
} from '../dataset/index.js';
import { TestimonyError } from '../errors.js';
import { mergeVersions, redefinitionError, SHAREABLE_LABELS, type NodeVersion } from './merge.js';
import type { RunGraph } from './graph-references.js';

/**
 * The graph a seed of `graphs` into an EMPTY database writes, computed without Neo4j, for
 * `seed --offline` (neo4j-admin database import). Each step mirrors one statement of the online
 * writer (writer.ts, cypher/load/*.cypher) as it acts on a graph that held nothing before the
 * run; the e2e test seed-offline.test.ts checks that both give the same graph, property for
 * property. What the online seed would do differently on a non-empty graph (releasing,
 * pruning) never arises: the offline seed refuses a database that is not empty.
 */

/** Each property's Neo4j type (`valueType()` without NOT NULL): what src/export/csv.ts reads. */
export type OfflineTypes = [string, string][];
export interface OfflineNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
  types: OfflineTypes;
}
export interface OfflineRelationship {
  start: string;
  type: string;
  end: string;
  properties: Record<string, unknown>;
  types: OfflineTypes;
}
export interface OfflineGraph {
  nodes: OfflineNode[];
  relationships: OfflineRelationship[];
  /**
   * Entity properties that hold an empty list: neo4j-admin reads
   * an empty CSV field as no property, so these are set after the import (see offline-import.ts).
   */
  emptyLists: { id: string; props: Record<string, unknown[]> }[];
}

/** Relationships the loader derives from the whole graph instead of writing the dataset's own. */
const DERIVED = new Set(['MET_WITH', 'SPOKE_FOR']);
/** recluster.cypher's bound: `SAME_AS*0..10`. */
const SAME_AS_HOPS = 10;

interface SimNode {
  labels: Set<string>;
  props: Record<string, unknown>;
  /** Every dataset's own version (shareable nodes several datasets define). */
  versions: NodeVersion[];
}
interface SimRel {
  start: string;
  type: string;
  end: string;
  props: Record<string, unknown>;
}

const unsupported = (what: string) =>
  new TestimonyError(
    'SEED_OFFLINE_UNSUPPORTED',
    `seed --offline cannot build this graph: ${what}. Nothing was written.`,
    {
      hint: 'Seed these files online (testimony seed without --offline): it derives this part in Neo4j.',
    },
  );

export function offlineGraph(graphs: readonly RunGraph[]): OfflineGraph {
  const external = graphs.flatMap((g) => g.external ?? []);
  if (external.length > 0)
    // The database is empty: a reference no file of the run defines cannot resolve there.
    throw unsupported(
      `${external.length} reference(s) to nodes no file of the run defines (e.g. ${external[0]?.id}), and an offline seed starts from an empty database`,
    );
  return new Simulation().run(graphs);
}

class Simulation {
  private readonly nodes = new Map<string, SimNode>();
  private readonly rels: SimRel[] = [];
  /** Relationships by start and by end node: every lookup below is one of these, never a scan. */
  private readonly out = new Map<string, SimRel[]>();
  private readonly into = new Map<string, SimRel[]>();
  /** A node's (:Version) ids (HAS_VERSION), written out at the end. */
  private readonly versionIds = new Map<string, string[]>();
  /** FROM_SOURCE links made, as `evidence>source` (MERGE: one per pair). */
  private readonly sourced = new Set<string>();

  private add(rel: SimRel): void {
    this.rels.push(rel);
    for (const [index, key] of [
      [this.out, rel.start],
      [this.into, rel.end],
    ] as const) {
      const list = index.get(key);
      if (list) list.push(rel);
      else index.set(key, [rel]);
    }
  }

  private outgoing(id: string, type: string): SimRel[] {
    return (this.out.get(id) ?? []).filter((r) => r.type === type);
  }

  private incoming(id: string, type: string): SimRel[] {
    return (this.into.get(id) ?? []).filter((r) => r.type === type);
  }

  run(graphs: readonly GraphRows[]): OfflineGraph {
    for (const graph of graphs) this.writeNodes(graph);
    for (const graph of graphs) this.writeRelationships(graph);
    this.deriveMeetings(graphs);
    this.deriveSpokeFor(graphs);
    for (const [id, versions] of this.versionIds)
      for (const version of versions)
        this.rels.push({ start: id, type: 'HAS_VERSION', end: version, props: {} });
    return typed(this.nodes, this.rels);
  }

  private entity(id: string): SimNode | undefined {
    const node = this.nodes.get(id);
    return node?.labels.has('Entity') ? node : undefined;
  }

  /** upsert-nodes / upsert-merged-nodes, then upsert-evidence (writer.ts writeNodes). */
  private writeNodes(graph: GraphRows): void {
    const dataset = graph.dataset;
    const clashes: string[] = [];
    for (const row of graph.nodes) {
      const existing = this.entity(row.id);
      const others = existing?.versions.filter((v) => v.dataset !== dataset) ?? [];
      if (existing && others.length > 0 && !SHAREABLE_LABELS.has(row.label))
        clashes.push(`${row.id} (defined by ${others.map((v) => v.dataset).join(', ')})`);
    }
    if (clashes.length > 0) throw redefinitionError(dataset, clashes);
    for (const row of graph.nodes) {
      const node = this.entity(row.id) ?? { labels: new Set(['Entity']), props: {}, versions: [] };
      node.versions = [
        ...node.versions.filter((v) => v.dataset !== dataset),
        { dataset, props: { ...row.props } },
      ];
      const merged = mergeVersions(node.versions);
      const keys = nameKeys(merged.props);
      node.props = { ...merged.props, ...(keys.length > 0 ? { nameKeys: keys } : {}) };
      node.labels.add(row.label);
      this.nodes.set(row.id, node);
      this.writeVersions(row.id, merged.versions);
    }
    for (const row of graph.evidence) this.upsertEvidence(dataset, row);
  }

  /** (:Version) nodes and HAS_VERSION, replacing the node's earlier ones (upsert-merged-nodes). */
  private writeVersions(id: string, versions: { id: string; props: Record<string, unknown> }[]) {
    for (const gone of this.versionIds.get(id) ?? []) this.nodes.delete(gone);
    for (const version of versions)
      this.nodes.set(version.id, {
        labels: new Set(['Version']),
        props: version.props,
        versions: [],
      });
    this.versionIds.set(
      id,
      versions.map((v) => v.id),
    );
  }

  /** upsert-evidence.cypher: one node per span, `datasets` sorted, linked to its source. */
  private upsertEvidence(dataset: string, row: GraphRows['evidence'][number]): void {
    const node = this.nodes.get(row.id) ?? {
      labels: new Set(['Evidence']),
      props: {},
      versions: [],
    };
    const held = (node.props.datasets as string[] | undefined) ?? [];
    const datasets = held.includes(dataset)
      ? held
      : [...held.filter((d) => d < dataset), dataset, ...held.filter((d) => d > dataset)];
    node.props = withoutNulls({
      id: row.id,
      sourceId: row.sourceId,
      start: row.start,
      end: row.end,
      quote: row.quote,
      sentence: row.sentence,
      sentenceStart: row.sentenceStart,
      sentenceEnd: row.sentenceEnd,
      datasets,
    });
    this.nodes.set(row.id, node);
    const source = this.nodes.get(row.sourceId);
    const link = `${row.id}>${row.sourceId}`;
    if (source?.labels.has('Source') && !this.sourced.has(link)) {
      this.sourced.add(link);
      this.add({ start: row.id, type: 'FROM_SOURCE', end: row.sourceId, props: {} });
    }
  }

  /** create-relationships and link-evidence (writer.ts writeRelationships). */
  private writeRelationships(graph: GraphRows): void {
    for (const row of graph.relationships) {
      if (DERIVED.has(row.type) || !this.entity(row.from) || !this.entity(row.to)) continue;
      this.add({
        start: row.from,
        type: row.type,
        end: row.to,
        props: { ...row.props, dataset: graph.dataset },
      });
    }
    for (const row of graph.nodes) {
      if (!this.entity(row.id)) continue;
      row.evidenceIds.forEach((evidenceId, position) => {
        if (this.nodes.get(evidenceId)?.labels.has('Evidence'))
          this.add({
            start: row.id,
            type: 'EVIDENCED_BY',
            end: evidenceId,
            props: { dataset: graph.dataset, position },
          });
      });
    }
  }

  private eventIds(): string[] {
    return [...this.nodes].filter(([, n]) => n.labels.has('Event')).map(([id]) => id);
  }

  /** recluster.cypher, then read-meetings.cypher and deriveMeetings for every cluster. */
  private deriveMeetings(graphs: readonly GraphRows[]): void {
    if (graphs.length === 0) return;
    const clusters = this.recluster();
    const byCluster = new Map<string, MeetingMember[]>();
    for (const [id, node] of this.nodes) {
      if (!node.labels.has('Event') || node.props.kind !== 'meeting') continue;
      const cluster = String(node.props.cluster);
      const list = byCluster.get(cluster) ?? [];
      list.push({
        id,
        props: node.props,
        evidence: this.evidenceOf(id),
        participants: this.participantsOf(id),
      });
      byCluster.set(cluster, list);
    }
    for (const cluster of clusters)
      this.createDerived(deriveMeetings(cluster, byCluster.get(cluster) ?? []));
  }

  /**
   * Every event's cluster: the smallest id among the events SAME_AS reaches from it within ten
   * hops. Online, a chain longer than that gives clusters that depend on the order events are
   * visited; that case is refused rather than guessed.
   */
  private recluster(): string[] {
    const events = this.eventIds();
    const neighbours = new Map<string, string[]>(events.map((id) => [id, []]));
    for (const r of this.rels.filter((rel) => rel.type === 'SAME_AS')) {
      neighbours.get(r.start)?.push(r.end);
      neighbours.get(r.end)?.push(r.start);
    }
    const clusters = new Set<string>();
    for (const id of events) {
      const reached = reach(id, neighbours, SAME_AS_HOPS);
      const all = reach(id, neighbours, Infinity);
      if (reached.size !== all.size)
        throw unsupported(`the same-as chain of ${id} is longer than ${SAME_AS_HOPS} links`);
      const cluster = [...reached].sort()[0] ?? id;
      clusters.add(cluster);
      const node = this.nodes.get(id);
      if (node) node.props = { ...node.props, cluster };
    }
    return [...clusters];
  }

  /** A node's evidence spans in the curator's order (EVIDENCED_BY by position). */
  private evidenceOf(id: string): Span[] {
    return this.outgoing(id, 'EVIDENCED_BY')
      .sort((a, b) => Number(a.props.position) - Number(b.props.position))
      .map((r) => {
        const e = this.nodes.get(r.end)?.props ?? {};
        return {
          id: String(e.id),
          quote: e.quote as string,
          start: e.start,
          end: e.end,
          sourceId: e.sourceId as string,
        };
      });
  }

  private participantsOf(event: string): MeetingMember['participants'] {
    return this.incoming(event, 'PARTICIPATED_IN')
      .filter((r) => this.nodes.get(r.start)?.labels.has('Person'))
      .sort((a, b) => Number(a.props.position) - Number(b.props.position))
      .map((r) => {
        const p = r.props as Record<string, unknown[] | undefined>;
        return {
          id: r.start,
          evidence: (p.evidenceIds ?? []).map((id, i) => ({
            id: id as string,
            quote: p.evidenceQuotes?.[i] as string,
            start: p.evidenceStarts?.[i],
            end: p.evidenceEnds?.[i],
            sourceId: p.evidenceSourceIds?.[i] as string,
          })),
        };
      });
  }

  /** read-spoke-for.cypher and deriveSpokeFor for every pair the run's SPOKE_FOR rows name. */
  private deriveSpokeFor(graphs: readonly GraphRows[]): void {
    const pairs = new Map<string, { from: string; to: string }>();
    for (const rel of graphs.flatMap((g) => g.relationships))
      if (rel.type === 'SPOKE_FOR')
        pairs.set(`${rel.from}>${rel.to}`, { from: rel.from, to: rel.to });
    const rows: DerivedRow[] = [];
    for (const { from, to } of pairs.values()) {
      const statements: OnBehalfStatement[] = this.outgoing(from, 'MADE')
        .filter((made) => this.nodes.get(made.end)?.labels.has('Statement'))
        .flatMap((made) =>
          this.outgoing(made.end, 'ON_BEHALF_OF')
            .filter((r) => r.end === to && this.entity(to))
            .map(() => ({
              id: made.end,
              props: this.nodes.get(made.end)?.props ?? {},
              evidence: this.evidenceOf(made.end),
            })),
        );
      if (!this.entity(from) || !this.entity(to)) continue;
      const row = deriveSpokeFor(from, to, statements);
      if (row) rows.push(row);
    }
    this.createDerived(rows);
  }

  /** create-derived.cypher: `SET r = row.props` (a null property is no property). */
  private createDerived(rows: readonly DerivedRow[]): void {
    for (const row of rows)
      if (this.entity(row.from) && this.entity(row.to))
        this.add({ start: row.from, type: row.type, end: row.to, props: withoutNulls(row.props) });
  }
}

/** The events SAME_AS reaches from `start` within `hops` links (breadth first), itself included. */
function reach(start: string, neighbours: Map<string, string[]>, hops: number): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let depth = 0; depth < hops && frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const id of frontier)
      for (const n of neighbours.get(id) ?? [])
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
    frontier = next;
  }
  return seen;
}

/** upsert-nodes.cypher's nameKeys: the name and aliases in lower case (none without a name). */
function nameKeys(props: Record<string, unknown>): string[] {
  const aliases = Array.isArray(props.aliases) ? (props.aliases as unknown[]) : [];
  return [props.name, ...aliases]
    .filter((key) => key !== undefined && key !== null)
    .map((key) => (typeof key === 'string' ? key : JSON.stringify(key)).toLowerCase());
}

function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).filter(([, value]) => value !== undefined && value !== null),
  );
}

/** What Neo4j's valueType() would say of a value the loader writes (see toNeo4j, withDays). */
function typeOf(key: string, value: unknown): string {
  if (Array.isArray(value))
    return value.length === 0 ? 'LIST<NOTHING>' : `LIST<${typeOf('', value[0])}>`;
  if (typeof value === 'boolean') return 'BOOLEAN';
  if (typeof value === 'number') return Number.isInteger(value) ? 'INTEGER' : 'FLOAT';
  if (typeof value === 'string' && DAY_PROPERTIES.has(key)) return 'DATE';
  return 'STRING';
}

/**
 * Nodes and relationships with each property's type, as src/export/csv.ts groups them (a file per
 * primary label and per type). An empty list takes its column's list type (the CSV has one type
 * per column); a column holding two kinds of value could not be imported as the online seed
 * stores it, and is refused.
 */
function typed(nodes: Map<string, SimNode>, rels: SimRel[]): OfflineGraph {
  const emptyLists: OfflineGraph['emptyLists'] = [];
  const out: OfflineGraph = {
    nodes: [...nodes].map(([id, n]) => {
      const labels = [...n.labels].sort((a, b) => (a === 'Entity' ? -1 : b === 'Entity' ? 1 : 0));
      const [properties, empty] = splitEmptyLists({ ...n.props, id });
      if (Object.keys(empty).length > 0) {
        if (!n.labels.has('Entity'))
          throw unsupported(`the ${labels.join(':')} node ${id} has an empty list`);
        emptyLists.push({ id, props: empty });
      }
      return { id, labels, properties, types: types(properties) };
    }),
    relationships: rels.map((r) => {
      if (Object.keys(splitEmptyLists(r.props)[1]).length > 0)
        throw unsupported(`a ${r.type} relationship of ${r.start} has an empty list`);
      return { ...r, properties: r.props, types: types(r.props) };
    }),
    emptyLists,
  };
  unifyColumns(out.nodes, (n) => n.labels.find((l) => l !== 'Entity') ?? n.labels[0] ?? 'Node');
  unifyColumns(out.relationships, (r) => r.type);
  return out;
}

/** A node's properties without its empty lists, and those apart (the importer cannot write them). */
function splitEmptyLists(
  props: Record<string, unknown>,
): [Record<string, unknown>, Record<string, unknown[]>] {
  const kept: Record<string, unknown> = {};
  const empty: Record<string, unknown[]> = {};
  for (const [key, value] of Object.entries(props))
    if (Array.isArray(value) && value.length === 0) empty[key] = [];
    else kept[key] = value;
  return [kept, empty];
}

const types = (props: Record<string, unknown>): OfflineTypes =>
  Object.entries(props).map(([key, value]) => [key, typeOf(key, value)]);

function unifyColumns<T extends { types: OfflineTypes }>(items: T[], group: (item: T) => string) {
  const kinds = new Map<string, Set<string>>();
  for (const item of items)
    for (const [key, type] of item.types) {
      const column = `${group(item)}.${key}`;
      const set = kinds.get(column) ?? new Set();
      set.add(type);
      kinds.set(column, set);
    }
  for (const [column, set] of kinds) {
    const lists = [...set].filter((t) => t !== 'LIST<NOTHING>');
    if (lists.length > 1)
      throw unsupported(
        `the property ${column} holds values of several types (${lists.join(', ')})`,
      );
  }
  for (const item of items)
    item.types = item.types.map(([key, type]) => {
      if (type !== 'LIST<NOTHING>') return [key, type];
      const other = [...(kinds.get(`${group(item)}.${key}`) ?? [])].find((t) => t !== type);
      return [key, other ?? 'LIST<STRING>'];
    });
}
