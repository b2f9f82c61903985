// Moved to the neo4j stage (src/neo4j/with-neo4j.ts). This re-export keeps tests/ and bench/
// compiling until they import withNeo4j from src/neo4j/index.ts; then delete this file.
export { withNeo4j } from '../neo4j/index.js';
