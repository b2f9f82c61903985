// The domain: pure knowledge every stage shares (no store, no transport). Stages import it from here.
export * from './dates.js';
export * from './vocabulary.js';
export * from './compare.js';
export * from './conflicts.js';
export * from './clusters.js';
