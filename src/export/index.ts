// Export stage: reads the whole graph and writes it as CSV (for neo4j-admin import), GraphML or JSON.
export { readGraph } from './graph.js';
export { importCommand, writeCsv } from './csv.js';
export { csvImportOptions } from './array-delimiter.js';
export { toGraphml } from './graphml.js';
export { toJson } from './json.js';
