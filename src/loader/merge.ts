import { TestimonyError } from '../errors.js';

/**
 * Provenance per value: when several datasets define the same person, organization or country,
 * each keeps its own version, and the node shows a merged view computed from all of them. The
 * merge depends only on the versions, never on the order they were seeded in, so seeding A then
 * B gives exactly the graph that B then A gives. The rule is written down in docs/model.md.
 */

/** The kinds of node several datasets may define; the others are defined once and referred to. */
export const SHAREABLE_LABELS: ReadonlySet<string> = new Set(['Person', 'Organization', 'Country']);

/** Properties that hold several values: the merged node has the union of every version's. */
const MULTI_VALUED = ['aliases'] as const;

/**
 * Bookkeeping on a merged node or a version, never a dataset's own value (nameKeys: the lower-case
 * name and aliases the upsert stores for entity-by-name.cypher's index).
 */
const BOOKKEEPING = [
  'datasets',
  'preferredDataset',
  'dataset',
  'of',
  'preferred',
  'nameKeys',
] as const;

/** One dataset's version of a node: the properties its file gives (id included). */
export interface NodeVersion {
  dataset: string;
  props: Record<string, unknown>;
}

export interface MergedNode {
  /** The merged view's properties, bookkeeping included (datasets, preferredDataset). */
  props: Record<string, unknown>;
  /** The versions to keep as (:Version) nodes: none when a single dataset defines the node. */
  versions: { id: string; props: Record<string, unknown> }[];
}

/** How many of a version's own values it gives: the more complete version is preferred. */
const completeness = (v: NodeVersion) =>
  Object.keys(v.props).filter((key) => key !== 'id' && !MULTI_VALUED.includes(key as 'aliases'))
    .length;

/**
 * Versions in order of preference: the most complete first (it gives the most single-valued
 * fields), then by dataset name. The rule uses no judgement of which source is more reliable:
 * every other version stays visible with its source, and where they disagree, `conflicts` says so.
 */
export function rankVersions(versions: readonly NodeVersion[]): NodeVersion[] {
  return [...versions].sort(
    (a, b) => completeness(b) - completeness(a) || a.dataset.localeCompare(b.dataset, 'en'),
  );
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The union of every version's aliases, and of the names other than the preferred one. */
function mergedAliases(ranked: readonly NodeVersion[], name: unknown): string[] {
  const all = new Set<string>();
  for (const version of ranked) {
    for (const alias of strings(version.props.aliases)) all.add(alias);
    const own = version.props.name;
    if (typeof own === 'string' && own !== name) all.add(own);
  }
  return [...all].sort((a, b) => a.localeCompare(b, 'en'));
}

/**
 * The merged view of a node from its versions (at least one). Single-valued fields come whole
 * from the preferred version, never mixed field by field from several, so that a node never
 * shows a combination no source gave; multi-valued fields are the union.
 */
export function mergeVersions(versions: readonly NodeVersion[]): MergedNode {
  const ranked = rankVersions(versions);
  const preferred = ranked[0];
  if (!preferred) throw new Error('mergeVersions needs at least one version');
  const datasets = ranked.map((v) => v.dataset).sort((a, b) => a.localeCompare(b, 'en'));
  const props: Record<string, unknown> = { ...preferred.props, datasets };
  // One version left: the node is exactly what its dataset's file says, aliases in its order.
  if (ranked.length === 1) return { props, versions: [] };
  const aliases = mergedAliases(ranked, preferred.props.name);
  if (aliases.length > 0) props.aliases = aliases;
  props.preferredDataset = preferred.dataset;
  const id = String(preferred.props.id);
  return {
    props,
    versions: ranked.map((v) => ({
      id: `${id}@${v.dataset}`,
      props: {
        ...v.props,
        id: `${id}@${v.dataset}`,
        of: id,
        dataset: v.dataset,
        preferred: v === preferred,
      },
    })),
  };
}

/** A version as stored in a (:Version) node, back to the dataset's own properties. */
export function versionFromStored(stored: Record<string, unknown>): NodeVersion {
  return {
    dataset: String(stored.dataset),
    props: { ...withoutBookkeeping(stored), id: stored.of },
  };
}

/**
 * The version of a node one dataset alone defines: it has no (:Version) node, the node is its
 * only version.
 */
export function versionFromSoleNode(node: Record<string, unknown>, dataset: string): NodeVersion {
  return { dataset, props: withoutBookkeeping(node) };
}

function withoutBookkeeping(props: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...props };
  for (const key of BOOKKEEPING) delete copy[key];
  return copy;
}

/**
 * The refusal of a dataset that defines events, statements or other one-report nodes another
 * dataset defines (`clashes`: "id (defined by other)"), for the seed and its dry run alike.
 */
export function redefinitionError(dataset: string, clashes: readonly string[]): TestimonyError {
  const more = clashes.length > 10 ? ` … and ${clashes.length - 10} more` : '';
  return new TestimonyError(
    'DATASET_REDEFINES',
    `${dataset} defines ${clashes.length} node(s) another dataset defines: ${clashes.slice(0, 10).join('; ')}${more}. Nothing was written.`,
    {
      hint: "Only people, organizations and countries may be defined by several datasets. Refer to the other dataset's event or statement by its id without defining it, or give your version of an event its own id with `sameAs: [its id]` (see docs/model.md).",
    },
  );
}
