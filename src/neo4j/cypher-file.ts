import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from '../paths.js';

/**
 * Reads a named query from cypher/ (each query lives once, in its own .cypher file, and runs
 * as it is in Neo4j Browser or cypher-shell). Comments stay in: Cypher accepts them.
 */
export function readCypher(relativePath: string): string {
  return readFileSync(join(PATHS.cypher, relativePath), 'utf8').trim();
}
