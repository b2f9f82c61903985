import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the project's own files are, found from this file so that every command works from any
 * working directory. The one place that knows the tree's layout; every stage imports it from here.
 */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../', import.meta.url)));

export const PATHS = {
  root: PROJECT_ROOT,
  /** schema.cypher, load/*.cypher (the loader's steps), queries/*.cypher (named questions). */
  cypher: join(PROJECT_ROOT, 'cypher'),
  namedQueries: join(PROJECT_ROOT, 'cypher', 'queries'),
  schemaCypher: join(PROJECT_ROOT, 'cypher', 'schema.cypher'),
  /** The SDL: the API contract. */
  graphql: join(PROJECT_ROOT, 'graphql'),
  /** The bundled datasets and their source texts. */
  seed: join(PROJECT_ROOT, 'seed'),
  /** Neo4j Browser guide and style, served by the API. */
  browser: join(PROJECT_ROOT, 'browser'),
  /** The local Neo4j server's Maven assembly. */
  neo4jPom: join(PROJECT_ROOT, 'neo4j', 'pom.xml'),
  docs: join(PROJECT_ROOT, 'docs'),
  /** Screenshots and reports that tests and CI leave behind (git-ignored). */
  artifacts: join(PROJECT_ROOT, 'artifacts'),
  bin: join(PROJECT_ROOT, 'bin', 'testimony.mjs'),
} as const;
