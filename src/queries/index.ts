// Queries stage: runs the named Cypher queries (cypher/) and returns plain values.
export { QueryExecutor, type Row } from './executor.js';
export { toPlain } from './plain.js';
export { QUERY_NAMES, queryText, type QueryName } from './registry.js';
export { MAX_HOPS } from './hop-bound.js';
export { assertReadOnly, READ_FUNCTIONS, READ_PROCEDURES } from './read-only.js';
export {
  lookUpEntity,
  lookUpPerson,
  type LookupKind,
  type Named,
  type PersonLookup,
} from './people.js';
