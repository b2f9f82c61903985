// API stage: the GraphQL schema, its resolvers and the HTTP server that serves them.
export { startApi, API_LIMITS, type RunningApi } from './server.js';
// `npm start` checks the API's port before it provisions Neo4j.
export { checkApiPort } from './listen.js';
export { buildSchema } from './schema.js';
export { createLoaders } from './loaders.js';
export { EXAMPLES } from './examples.js';
// The search text rule (plain words, Lucene-escaped): the benchmarks ask the peer and raw Cypher
// the same search question the API asks.
export { searchQuery } from './args.js';
// Who may read the API: the CLI settles it before serving; `testimony token` makes a token.
export { prepareApiAuth, newToken, type Authenticator } from './auth.js';
