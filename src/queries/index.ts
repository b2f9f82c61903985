// Queries stage: runs the named Cypher queries (cypher/) and returns plain values.
export { QueryExecutor, type Row } from './executor.js';
export { toPlain } from './plain.js';
export { QUERY_NAMES, type QueryName } from './registry.js';
export { assertReadOnly, READ_PROCEDURES } from './read-only.js';
