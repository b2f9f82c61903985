// Loader stage: turns validated datasets into graph rows and writes them to Neo4j (seed).
export {
  bundledDatasets,
  checkDatasets,
  prepareDatasets,
  removeDatasets,
  seed,
  SEED_DIR,
  sourcePolicyOf,
  type CheckedRun,
  type PrepareOptions,
  type PreparedGraph,
} from './seed.js';
// References across datasets: the graph's side (the run's files are resolved in checkDatasets).
export { referrersOf, type Referrer, type RunGraph } from './graph-references.js';
export { datasetInvalid, unresolvedNote } from './references.js';
export { formatPlan } from './plan.js';
export { countRows, formatCounts, type DatasetCounts } from './summary.js';
// Graph rows as the driver wants them: bench/load's naive loader writes rows the loader's way.
export { toDriverRow } from './driver-values.js';
// Progress bars for long loads (the CLI shows them on a TTY without --quiet).
export { progressBars, type LoadProgress } from './progress.js';
export { SEED_TX_METADATA } from './lock.js';
// seed --offline: the graph an online seed into an empty database writes, computed without Neo4j.
export { offlineGraph, type OfflineGraph } from './offline-graph.js';
