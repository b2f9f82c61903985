import type { ManagedTransaction } from 'neo4j-driver';
import {
  deriveMeetings,
  deriveSpokeFor,
  type DerivedRow,
  type GraphRows,
} from '../dataset/index.js';
import type { MeetingMember, OnBehalfStatement } from '../dataset/index.js';
import { TestimonyError } from '../errors.js';
import { logger, type Reporter } from '../log.js';
import { readCypher } from '../neo4j/index.js';
import { toDriverRow, toDriverRows } from './driver-values.js';
import type { LoadProgress } from './progress.js';
import {
  mergeVersions,
  redefinitionError,
  SHAREABLE_LABELS,
  versionFromSoleNode,
  versionFromStored,
  type NodeVersion,
} from './merge.js';

const log = logger('loader');
const cypher = (name: string) => readCypher(`load/${name}.cypher`);
const Q = Object.fromEntries(
  [
    'prune-relationships',
    'released-nodes',
    'shared-nodes',
    'upsert-nodes',
    'upsert-merged-nodes',
    'delete-nodes',
    'upsert-evidence',
    'prune-evidence',
    'create-relationships',
    'link-evidence',
    'derive-scope',
    'spoke-for-scope',
    'delete-met-with',
    'delete-spoke-for',
    'recluster',
    'read-meetings',
    'read-spoke-for',
    'create-derived',
    'referred-nodes',
  ].map((name) => [name, cypher(name)]),
) as Record<string, string>;

/** Relationships the loader derives from the whole graph instead of writing the dataset's own. */
const DERIVED = new Set(['MET_WITH', 'SPOKE_FOR']);

/** Rows per UNWIND statement unless the seed says otherwise (`--batch-size`). */
export const DEFAULT_BATCH_SIZE = 10_000;

/**
 * Batches sent ahead of the one the server is writing: enough to keep the connection busy while
 * the next batch is encoded, few enough that the loader holds a bounded number of them.
 */
const BATCHES_IN_FLIGHT = 3;

export interface WriterOptions {
  reporter: Reporter;
  batchSize?: number | undefined;
  progress?: LoadProgress | undefined;
}

interface Shared {
  labels: string[];
  datasets: string[];
  node: Record<string, unknown>;
  versions: Record<string, unknown>[];
}
type Pair = { from: string; to: string };
/** What a seed touches of the derived relationships: clusters (and their events), pairs. */
export interface DerivedScope {
  clusters: string[];
  members: string[];
  pairs: Pair[];
}

/**
 * Writes one dataset's new version into the seed's transaction, in phases that load.ts runs for
 * every dataset of the run before the next phase (so a dataset may refer to a later file's ids):
 * 1. prepare: reads what it changes (the nodes it releases, the shared nodes' versions, the
 *    same-as clusters and spokesperson pairs to derive again) and removes what it replaces;
 * 2. writeNodes: its nodes (merged where shared) and evidence;
 * 3. writeRelationships: its curated relationships;
 * then MET_WITH and SPOKE_FOR are derived once, for all it touched, from every dataset's facts.
 */
export class DatasetWriter {
  private statements = 0;
  private readonly dataset: string;

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly graph: GraphRows,
    private readonly options: WriterOptions,
  ) {
    this.dataset = graph.dataset;
  }

  private scope: DerivedScope = { clusters: [], members: [], pairs: [] };
  private releasedIds: string[] = [];

  /**
   * Phase 1, before any dataset of the run writes: what the seed changes, read while the graph
   * is as it was, and the relationships it replaces removed.
   */
  async prepare(): Promise<void> {
    this.progress('reading what the seed changes');
    const released = await this.rows('released-nodes', { ids: this.graph.nodes.map((n) => n.id) });
    this.releasedIds = released.map((r) => String(r.id));
    this.scope = await this.derivedScope(released);
    this.progress('removing derived and curated relationships it replaces');
    await this.deleteDerived(this.scope);
    await this.run('prune-relationships', {
      ids: [...this.graph.nodes.map((n) => n.id), ...this.releasedIds],
    });
  }

  /** Phase 2: nodes (merged where shared) and evidence. */
  async writeNodes(): Promise<void> {
    this.progress('writing nodes and evidence');
    // Read now, not in prepare: an earlier dataset of the same run may have just written them.
    const ids = this.graph.nodes.map((n) => n.id);
    const shared = await this.sharedNodes([...ids, ...this.releasedIds]);
    this.refuseRedefinitions(shared);
    await this.writeNodeRows(shared, this.releasedIds);
    await this.batched('upsert-evidence', this.graph.evidence, toDriverRows);
    await this.run('prune-evidence', { ids: this.graph.evidence.map((e) => e.id) });
  }

  /** Phase 3, once every dataset's nodes exist: curated relationships and evidence links. */
  async writeRelationships(): Promise<DerivedScope> {
    this.progress('writing relationships');
    const curated = this.graph.relationships.filter((r) => !DERIVED.has(r.type));
    await this.batched('create-relationships', curated, toDriverRows);
    await this.batched(
      'link-evidence',
      this.graph.nodes.map(({ id, evidenceIds }) => ({ id, evidenceIds })),
    );
    return this.scope;
  }

  get statementCount(): number {
    return this.statements;
  }

  private progress(what: string): void {
    this.options.reporter.progress(`seed ${this.dataset}: ${what}`);
  }

  private async run(name: string, params: Record<string, unknown>) {
    const started = Date.now();
    const result = await this.tx.run(Q[name] ?? '', { dataset: this.dataset, ...params });
    this.statements += 1;
    log.debug({ dataset: this.dataset, step: name, ms: Date.now() - started }, 'load step');
    return result;
  }

  private async rows(name: string, params: Record<string, unknown>) {
    const result = await this.run(name, params);
    return result.records.map((record) => record.toObject());
  }

  /**
   * Rows in batches, each turned into driver values only when it is sent, with at most
   * BATCHES_IN_FLIGHT sent ahead without waiting for their answer: the driver pipelines them on
   * the connection, so encoding the next batch overlaps the server writing this one, and the
   * loader never holds every row's parameters at once.
   */
  private async batched(
    name: string,
    rows: readonly object[],
    convert: (rows: readonly object[]) => unknown[] = (batch) => [...batch],
  ): Promise<void> {
    const size = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    const bar = this.options.progress?.step(`seed ${this.dataset} ${name}`, rows.length);
    const inFlight: Promise<unknown>[] = [];
    try {
      for (let at = 0; at < rows.length; at += size) {
        const batch = convert(rows.slice(at, at + size));
        const sent = this.tx.run(Q[name] ?? '', { dataset: this.dataset, rows: batch }).summary();
        sent.then(() => bar?.advance(batch.length)).catch(() => undefined);
        inFlight.push(sent);
        this.statements += 1;
        if (inFlight.length >= BATCHES_IN_FLIGHT) await inFlight.shift();
      }
      await Promise.all(inFlight);
    } finally {
      bar?.stop();
    }
  }

  private async sharedNodes(ids: string[]): Promise<Map<string, Shared>> {
    const records = await this.rows('shared-nodes', { ids });
    return new Map(records.map((r) => [String(r.id), r as unknown as Shared]));
  }

  /**
   * Only people, organizations and countries may be defined by several datasets; an event or a
   * statement is one report's account, which another dataset refers to by id or, for an event,
   * gives as its own version with `sameAs`.
   */
  private refuseRedefinitions(shared: Map<string, Shared>): void {
    const clashes = this.graph.nodes.flatMap((node) => {
      const other = shared.get(node.id);
      if (!other || SHAREABLE_LABELS.has(node.label)) return [];
      const by = other.datasets.filter((d) => d !== this.dataset);
      return by.length > 0 ? [`${node.id} (defined by ${by.join(', ')})`] : [];
    });
    if (clashes.length > 0) throw redefinitionError(this.dataset, clashes);
  }

  /** The clusters and spokesperson pairs this seed touches, read before anything changes. */
  private async derivedScope(released: Record<string, unknown>[]) {
    const ofLabel = (label: string) => [
      ...this.graph.nodes.filter((n) => n.label === label).map((n) => n.id),
      ...released.filter((r) => (r.labels as string[]).includes(label)).map((r) => String(r.id)),
    ];
    // Events this dataset says it is the same as join its clusters: their MET_WITH change too.
    const sameAs = this.graph.relationships.filter((r) => r.type === 'SAME_AS').map((r) => r.to);
    const events = [...new Set([...ofLabel('Event'), ...sameAs])];
    const clusters = await this.rows('derive-scope', { ids: events });
    const members = new Set([...events, ...clusters.flatMap((c) => (c.members as string[]) ?? [])]);
    const pairs = new Map<string, Pair>();
    for (const p of await this.rows('spoke-for-scope', { ids: ofLabel('Statement') }))
      pairs.set(`${String(p.from)}>${String(p.to)}`, { from: String(p.from), to: String(p.to) });
    for (const rel of this.graph.relationships.filter((r) => r.type === 'SPOKE_FOR'))
      pairs.set(`${rel.from}>${rel.to}`, { from: rel.from, to: rel.to });
    return {
      clusters: clusters.map((c) => String(c.cluster)),
      members: [...members],
      pairs: [...pairs.values()],
    };
  }

  private async deleteDerived(scope: DerivedScope) {
    await this.run('delete-met-with', { members: scope.members, clusters: scope.clusters });
    await this.run('delete-spoke-for', { pairs: scope.pairs });
  }

  /**
   * Nodes only this dataset defines are written as the file has them; shared ones get the merged
   * view of every dataset's version; released ones are deleted or merged from what remains.
   */
  private async writeNodeRows(shared: Map<string, Shared>, releasedIds: string[]): Promise<void> {
    const sole = [];
    const merged = [];
    for (const node of this.graph.nodes) {
      const other = shared.get(node.id);
      if (!other) {
        // Plain values here: each batch becomes driver values only when it is sent.
        sole.push({
          id: node.id,
          label: node.label,
          props: { ...node.props, datasets: [this.dataset] },
        });
        continue;
      }
      const own = toDriverRow({ props: node.props }) as { props: Record<string, unknown> };
      const mine: NodeVersion = { dataset: this.dataset, props: own.props };
      merged.push({
        id: node.id,
        label: node.label,
        ...mergeVersions([...this.othersOf(other), mine]),
      });
    }
    const gone = [];
    for (const id of releasedIds) {
      const other = shared.get(id);
      const remaining = other ? this.othersOf(other) : [];
      if (remaining.length === 0) gone.push(id);
      else merged.push({ id, label: this.labelOf(other), ...mergeVersions(remaining) });
    }
    await this.refuseIfReferred(gone);
    await this.batched('upsert-nodes', sole, toDriverRows);
    await this.batched('upsert-merged-nodes', merged);
    if (gone.length > 0) await this.run('delete-nodes', { ids: gone });
  }

  /** Deleting a node another dataset refers to would break its facts: refuse, naming both. */
  private async refuseIfReferred(gone: string[]): Promise<void> {
    if (gone.length === 0) return;
    const referred = await this.rows('referred-nodes', { ids: gone });
    if (referred.length === 0) return;
    const datasets = [...new Set(referred.flatMap((r) => r.datasets as string[]))].sort();
    const examples = referred
      .slice(0, 5)
      .map((r) => `${String(r.id)} (by ${(r.datasets as string[]).join(', ')})`);
    throw new TestimonyError(
      'DATASET_REFERRED',
      `${this.dataset} would release ${referred.length} node(s) that ${datasets.join(', ')} refer(s) to: ${examples.join('; ')}${referred.length > 5 ? ` … and ${referred.length - 5} more` : ''}. Nothing was written.`,
      {
        hint: `Remove or change the datasets that refer to them first (${datasets.join(', ')}), or keep those entries in ${this.dataset}.`,
      },
    );
  }

  /** The versions other datasets give of a node (stored, or the node itself when one defines it). */
  private othersOf(shared: Shared): NodeVersion[] {
    if (shared.versions.length > 0)
      return shared.versions.map(versionFromStored).filter((v) => v.dataset !== this.dataset);
    const others = shared.datasets.filter((d) => d !== this.dataset);
    // Without versions, one dataset defines the node: if it is this one, none is left.
    const [only] = others;
    return others.length === 1 && only ? [versionFromSoleNode(shared.node, only)] : [];
  }

  private labelOf(shared: Shared | undefined): string {
    return shared?.labels.find((l) => l !== 'Entity') ?? 'Entity';
  }

  /** Re-clusters the touched events, then derives MET_WITH for every cluster they are in now. */
  async deriveMeetings(members: string[]): Promise<void> {
    if (members.length === 0) return;
    const clusters = (await this.rows('recluster', { ids: members })).map((r) => String(r.cluster));
    const byCluster = new Map<string, MeetingMember[]>();
    for (const r of await this.rows('read-meetings', { clusters })) {
      const list = byCluster.get(String(r.cluster)) ?? [];
      list.push({
        id: String(r.id),
        props: r.props as Record<string, unknown>,
        evidence: r.evidence as MeetingMember['evidence'],
        participants: r.participants as MeetingMember['participants'],
      });
      byCluster.set(String(r.cluster), list);
    }
    const rows: DerivedRow[] = [];
    for (const [cluster, list] of byCluster) rows.push(...deriveMeetings(cluster, list));
    await this.batched('create-derived', rows, toDriverRows);
  }

  async deriveSpokeFor(pairs: Pair[]): Promise<void> {
    if (pairs.length === 0) return;
    const byPair = new Map<string, { pair: Pair; statements: OnBehalfStatement[] }>();
    for (const r of await this.rows('read-spoke-for', { pairs })) {
      const key = `${String(r.from)}>${String(r.to)}`;
      const entry = byPair.get(key) ?? {
        pair: { from: String(r.from), to: String(r.to) },
        statements: [],
      };
      entry.statements.push({
        id: String(r.id),
        props: r.props as Record<string, unknown>,
        evidence: r.evidence as OnBehalfStatement['evidence'],
      });
      byPair.set(key, entry);
    }
    const rows = [...byPair.values()].flatMap(({ pair, statements }) => {
      const row = deriveSpokeFor(pair.from, pair.to, statements);
      return row ? [row] : [];
    });
    await this.batched('create-derived', rows, toDriverRows);
  }
}
