import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphRows } from '../dataset/index.js';
import { readCypher } from '../neo4j/index.js';
import { toDriverRows } from './driver-values.js';
import { redefinitionError, SHAREABLE_LABELS } from './merge.js';
import { countRows } from './summary.js';

const HELD_NODES = readCypher('load/plan-held-nodes.cypher');
const RELEASED_NODES = readCypher('load/plan-released-nodes.cypher');
const CURRENT_RELATIONSHIPS = readCypher('load/current-relationships.cypher');

/** How many ids a plan lists per kind; the counts are always complete. */
export const PLAN_LIST_LIMIT = 20;

/** A complete count, and the first `PLAN_LIST_LIMIT` entries; `more` says how many were cut. */
export interface Listed<T> {
  count: number;
  list: T[];
  truncated: boolean;
  more: number;
}

export interface HeldNode {
  id: string;
  /** The datasets that hold the node now (this one may be among them). */
  datasets: string[];
  /** Whether the seed would change a stored property of it. */
  changes: boolean;
}

export interface DatasetPlan {
  dataset: string;
  nodes: {
    /** In no dataset in the graph yet. */
    add: Listed<string>;
    /** In the graph already (from this dataset or another); `withChanges` of them would change. */
    change: Listed<HeldNode> & { withChanges: number };
    /** Held now by this dataset and no longer in it; `kept` of them another dataset still holds. */
    release: Listed<{ id: string; keptBy: string[] }> & { kept: number };
  };
  /** Per relationship type: how many the dataset holds now, and how many after the seed. */
  relationships: Record<string, { before: number; after: number }>;
}

export function listed<T>(all: T[], limit = PLAN_LIST_LIMIT): Listed<T> {
  const more = Math.max(0, all.length - limit);
  return { count: all.length, list: all.slice(0, limit), truncated: more > 0, more };
}

/** What a seed would change, read in read transactions: `seed --dry-run` writes nothing. */
export async function planSeed(
  driver: Driver,
  database: string,
  graph: GraphRows,
): Promise<DatasetPlan> {
  const config = { database, routing: neo4j.routing.READ };
  const { dataset } = graph;
  const rows = toDriverRows(graph.nodes.map(({ id, props }) => ({ id, props })));
  const ids = graph.nodes.map((n) => n.id);
  const [heldResult, releasedResult, rels] = await Promise.all([
    driver.executeQuery(HELD_NODES, { dataset, rows }, config),
    driver.executeQuery(RELEASED_NODES, { dataset, ids }, config),
    driver.executeQuery(CURRENT_RELATIONSHIPS, { dataset }, config),
  ]);
  const held = heldResult.records.map((r) => ({
    id: String(r.get('id')),
    datasets: (r.get('datasets') as string[]).map(String),
    changes: Boolean(r.get('changes')),
  }));
  // The seed would be refused: the dry run says so the same way (see writer.ts).
  const clashes = heldResult.records.flatMap((r) => {
    const others = (r.get('datasets') as string[]).filter((d) => d !== dataset);
    const labels = r.get('labels') as string[];
    return others.length > 0 && !labels.some((l) => SHAREABLE_LABELS.has(l))
      ? [`${String(r.get('id'))} (defined by ${others.join(', ')})`]
      : [];
  });
  if (clashes.length > 0) throw redefinitionError(dataset, clashes);
  const heldIds = new Set(held.map((node) => node.id));
  const released = releasedResult.records.map((r) => ({
    id: String(r.get('id')),
    keptBy: (r.get('keptBy') as string[]).map(String),
  }));
  return {
    dataset,
    nodes: {
      add: listed(ids.filter((id) => !heldIds.has(id))),
      change: { ...listed(held), withChanges: held.filter((node) => node.changes).length },
      release: { ...listed(released), kept: released.filter((n) => n.keptBy.length > 0).length },
    },
    relationships: relationshipCounts(graph, rels.records),
  };
}

function relationshipCounts(
  graph: GraphRows,
  current: { get: (key: string) => unknown }[],
): DatasetPlan['relationships'] {
  const counts: DatasetPlan['relationships'] = {};
  for (const record of current)
    counts[String(record.get('type'))] = { before: Number(record.get('count')), after: 0 };
  for (const [type, after] of Object.entries(countRows(graph).relationships))
    counts[type] = { before: counts[type]?.before ?? 0, after };
  return counts;
}

/** The lines of a cut list, ending with how many were left out. */
function lines<T>(listing: Listed<T>, line: (item: T) => string): string[] {
  const out = listing.list.map((item) => `    ${line(item)}`);
  return listing.more > 0 ? [...out, `    … and ${listing.more} more`] : out;
}

export function formatPlan(plan: DatasetPlan): string {
  const { add, change, release } = plan.nodes;
  const changed = Object.entries(plan.relationships)
    .filter(([, n]) => n.before !== n.after)
    .map(([type, n]) => `${type} ${n.before} -> ${n.after}`);
  return [
    `dataset ${plan.dataset} (dry run: nothing written)`,
    `  nodes: ${add.count} to add, ${change.count} already in the graph (${change.withChanges} with property changes), ${release.count} to release (${release.kept} kept by another dataset)`,
    ...lines(add, (id) => `+ add ${id}`),
    ...lines(
      change,
      (n) =>
        `~ change ${n.id} (held by ${n.datasets.join(', ')}; ${n.changes ? 'properties change' : 'properties unchanged'})`,
    ),
    ...lines(
      release,
      (n) =>
        `- release ${n.id} (${n.keptBy.length > 0 ? `stays: held by ${n.keptBy.join(', ')}` : 'deleted: no other dataset holds it'})`,
    ),
    `  relationships: ${changed.length === 0 ? 'same counts per type (all rewritten)' : changed.join(', ')}`,
  ].join('\n');
}
