// The API's second face: what runs a GraphQL operation in process (the schema and its loaders),
// without the HTTP server. The CLI imports this one: index.ts would load express, Apollo, helmet
// and the rest of the server into every `testimony` question.
export { buildSchema } from './schema.js';
export { createLoaders } from './loaders.js';
