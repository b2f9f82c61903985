import type { QueryExecutor } from '../queries/index.js';
import type { Loaders } from './loaders.js';
import type { Fields } from './projection.js';

/** Per request: the executor (shared, stateless) and this request's DataLoaders (batching and caching). */
export interface ApiContext {
  executor: QueryExecutor;
  loaders: Loaders;
  requestId: string;
  /**
   * The properties this request's reads project, set by the projection plugin once the document
   * is parsed (plugins.ts); absent (an in-process execute, the CLI): every property.
   */
  projection?: { fields: Fields };
}
