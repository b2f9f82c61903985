// Dataset stage: reads a dataset file, validates it and compiles it to graph rows (pure, no store).
export { parseDatasetFile, parsedFromData } from './parse.js';
export {
  checkDataset,
  validateDataset,
  type CheckedDataset,
  type ExternalReference,
  type ValidDataset,
} from './validate.js';
export { compileDataset, type GraphRows, type Props } from './compile.js';
export { formatProblem, type Problem } from './problems.js';
// Items a tool proposed and no curator accepted yet: the seed refuses them (see review.ts).
export { pendingReviewProblems } from './review.js';
export { DAY_PROPERTIES } from './day-properties.js';
export { DEFAULT_SOURCE_POLICY, type SourcePolicy } from './sources.js';
export { lookAlikeWarnings } from './look-alikes.js';
// The dataset file's shape, for code that writes datasets (bench/synthetic); KINDS: the label of each id prefix.
export type { Dataset, QuoteSelectorInput } from './schema.js';
export { COLLECTIONS, EVENT_KINDS, KINDS, MEDIA, REVIEW_STATES } from './schema.js';
export type { Event, PartialDateInput, Person, SourceInput, Statement } from './schema.js';
// Derived relationships (MET_WITH, SPOKE_FOR): the same rules for one file and for the graph.
export {
  deriveMeetings,
  deriveSpokeFor,
  type DerivedRow,
  type MeetingMember,
  type OnBehalfStatement,
  type Span,
} from './derive.js';
