// Neo4j stage: drivers, parameters, Cypher files, the schema, and getting a server (provision).
export { browserUrl, createDriver, verifyNeo4j, type Neo4jCoordinates } from './driver.js';
export { classifyDriverError } from './errors.js';
export { CalendarDay, toNeo4j } from './params.js';
export { readCypher } from './cypher-file.js';
export { applySchema } from './schema.js';
export {
  provisionNeo4j,
  runningNeo4jCoordinates,
  type ProvisionedNeo4j,
} from './provision/index.js';
export { withNeo4j } from './with-neo4j.js';
// seed --offline: neo4j-admin import into the empty local instance.
export { importIntoEmptyLocal, type OfflineImportResult } from './offline-import.js';
