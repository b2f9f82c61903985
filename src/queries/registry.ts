import { invariant } from '../errors.js';
import { readCypher } from '../neo4j/index.js';
import { boundHops } from './hop-bound.js';

/**
 * The named read queries, one .cypher file each in cypher/queries/. The API and the CLI run
 * these and nothing else; each also runs as it is in Neo4j Browser (see its header).
 */
export const QUERY_NAMES = [
  'nodes-by-ids',
  'evidence-of-nodes',
  'neighbours',
  'person-neighbourhood',
  'entity-by-name',
  'entity-names',
  'people',
  'organizations',
  'events',
  'demands',
  'evidence-sentences',
  'search',
  'meetings',
  'statements',
  'recusals',
  'timeline',
  'shortest-path',
  'all-shortest-paths',
  'contradictions',
  'conflicts',
  'sources',
  'citations',
  'stats',
  'meetings-with-evidence',
  'denials-against-the-record',
  'who-speaks-for',
  'export-nodes',
  'export-relationships',
  'entities-by-names',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

const texts = new Map<QueryName, string>(
  QUERY_NAMES.map((name) => [name, readCypher(`queries/${name}.cypher`)]),
);

/** The Cypher to run for these parameters: a path query's search bounded by its $maxHops. */
export function queryText(name: QueryName, params: Record<string, unknown> = {}): string {
  const text = texts.get(name);
  invariant(text !== undefined, `no query named ${name}`);
  return text.includes('$maxHops') ? boundHops(text, params['maxHops']) : text;
}
