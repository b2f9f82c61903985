import neo4j, { type Driver } from 'neo4j-driver';
import type { ExternalReference, GraphRows, Problem } from '../dataset/index.js';
import { readCypher } from '../neo4j/index.js';
import {
  datasetInvalid,
  nearestIds,
  unknownProblem,
  wrongKindProblem,
  type Searched,
} from './references.js';

const RESOLVE = readCypher('load/resolve-references.cypher');
const CANDIDATES = readCypher('load/reference-candidates.cypher');
const GRAPH_DATASETS = readCypher('load/graph-datasets.cypher');
const REFERRERS = readCypher('load/referrers.cypher');

/** A dataset of a seed run, with the references that no file of the run defines. */
export type RunGraph = GraphRows & { external?: readonly ExternalReference[] };

/**
 * Looks up in the graph the references that no file of the run defines, before anything is
 * written (`seed` and `seed --dry-run` alike), and refuses the run with DATASET_INVALID when an
 * id is unknown or names another kind of node. Read-only; no query at all when every reference
 * resolved in the run's files (the bundled datasets).
 */
export async function resolveInGraph(
  driver: Driver,
  database: string,
  graphs: readonly RunGraph[],
): Promise<void> {
  const refs = graphs.flatMap((graph) => graph.external ?? []);
  if (refs.length === 0) return;
  const read = readerOf(driver, database);
  const ids = [...new Set(refs.map((ref) => ref.id))];
  const nodes = new Map(
    (await read(RESOLVE, { ids })).map((r) => [
      String(r.get('id')),
      { labels: strings(r.get('labels')), datasets: strings(r.get('datasets')) },
    ]),
  );
  const run = graphs.map((graph) => graph.dataset);
  const problems: Problem[] = [];
  const unknown: { ref: ExternalReference; releasedBy: string[] }[] = [];
  for (const ref of refs) {
    const node = nodes.get(ref.id);
    // A node only the run's datasets define is released by this seed: their files no longer
    // have it. (A node no dataset holds was written by other means, and no seed releases it.)
    const released =
      node !== undefined &&
      node.datasets.length > 0 &&
      node.datasets.every((dataset) => run.includes(dataset));
    if (!node || released) unknown.push({ ref, releasedBy: node?.datasets ?? [] });
    else if (!node.labels.includes(ref.label)) problems.push(wrongKindProblem(ref, node));
  }
  if (unknown.length > 0) problems.push(...(await unknownProblems(read, graphs, unknown)));
  if (problems.length > 0) throw datasetInvalid(problems);
}

/** Unknown ids get suggestions up to this many distinct ids; the rest are listed without. */
const SUGGESTED_IDS = 50;
/** Graph ids fetched per beginning (see reference-candidates.cypher). */
const CANDIDATE_LIMIT = 2000;
/** The letters of an id's name, after its kind, that the narrower candidate seek begins with. */
const STEM = 3;

async function unknownProblems(
  read: Reader,
  graphs: readonly RunGraph[],
  unknown: { ref: ExternalReference; releasedBy: string[] }[],
): Promise<Problem[]> {
  const run = graphs.map((graph) => graph.dataset);
  const searched: Searched = {
    run,
    graph: (await read(GRAPH_DATASETS, {})).map((r) => String(r.get('dataset'))),
  };
  const suggested = [...new Set(unknown.map(({ ref }) => ref.id))].slice(0, SUGGESTED_IDS);
  const candidates = await candidateIds(read, graphs, suggested);
  const suggestions = new Map(suggested.map((id) => [id, nearestIds(id, candidates)]));
  return unknown.map(({ ref, releasedBy }) =>
    unknownProblem(ref, searched, suggestions.get(ref.id), releasedBy),
  );
}

/**
 * The ids an unknown id may be a typo of: every id the run's files define, and the graph's ids
 * that begin with its kind or with its kind and first letters (bounded: CANDIDATE_LIMIT per
 * beginning), but those only the run's datasets define (this seed releases them).
 */
async function candidateIds(
  read: Reader,
  graphs: readonly RunGraph[],
  ids: readonly string[],
): Promise<Set<string>> {
  const run = graphs.map((graph) => graph.dataset);
  const starts = new Set<string>();
  for (const id of ids) {
    const kind = id.indexOf(':') + 1;
    starts.add(id.slice(0, kind));
    starts.add(id.slice(0, kind + STEM));
  }
  const rows = await read(CANDIDATES, {
    starts: [...starts],
    limit: neo4j.int(CANDIDATE_LIMIT),
  });
  const kept = (datasets: string[]) =>
    datasets.length === 0 || datasets.some((dataset) => !run.includes(dataset));
  const inGraph = rows
    .filter((r) => kept(strings(r.get('datasets'))))
    .map((r) => String(r.get('id')));
  return new Set([...graphs.flatMap((graph) => graph.nodes.map((node) => node.id)), ...inGraph]);
}

/** A dataset that refers to nodes only another dataset defines (see referrers.cypher). */
export interface Referrer {
  dataset: string;
  /** How many of those nodes its relationships touch. */
  nodes: number;
  /** Up to 5 of their ids, in id order. */
  examples: string[];
}

/** The other datasets whose relationships touch nodes only `dataset` defines: removing it would break them. */
export async function referrersOf(
  driver: Driver,
  database: string,
  dataset: string,
): Promise<Referrer[]> {
  const rows = await readerOf(driver, database)(REFERRERS, { dataset });
  return rows.map((r) => ({
    dataset: String(r.get('dataset')),
    nodes: Number(r.get('nodes')),
    examples: strings(r.get('examples')),
  }));
}

type Reader = (
  query: string,
  params: Record<string, unknown>,
) => Promise<{ get: (key: string) => unknown }[]>;

function readerOf(driver: Driver, database: string): Reader {
  const config = { database, routing: neo4j.routing.READ };
  return async (query, params) => (await driver.executeQuery(query, params, config)).records;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
