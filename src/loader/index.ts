// Loader stage: turns validated datasets into graph rows and writes them to Neo4j (seed).
export {
  bundledDatasets,
  prepareDatasets,
  removeDatasets,
  seed,
  SEED_DIR,
  sourcePolicyOf,
  type PrepareOptions,
} from './seed.js';
export { formatPlan } from './plan.js';
export { countRows, formatCounts, type DatasetCounts } from './summary.js';
// Graph rows as the driver wants them: bench/load's naive loader writes rows the loader's way.
export { toDriverRow } from './driver-values.js';
