import type { QueryExecutor } from '../queries/index.js';
import type { Loaders } from './loaders.js';

/** Per request: the executor (shared, stateless) and this request's DataLoaders (batching and caching). */
export interface ApiContext {
  executor: QueryExecutor;
  loaders: Loaders;
  requestId: string;
}
