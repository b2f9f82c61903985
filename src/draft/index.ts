// Draft stage: proposes a dataset from a news article, for a curator to review (testimony draft).
// Pure but for reading the article and writing the draft; it knows the dataset format
// (src/dataset) and the domain, never the loader, the graph or the CLI: entities already in the
// graph come in as KnownEntity values.
export { draftFile, type DraftFileOptions, type DraftResult } from './run.js';
export { draftArticle, type Article, type Draft, type Explanation } from './build.js';
export { readArticleFile, MAX_ARTICLE_BYTES, type ArticleFile } from './input.js';
export { fold, type KnownEntity } from './entities.js';
export type { DateMention } from './dates.js';
export { knownFromDataset } from './known.js';
export { formatExplanations } from './explain.js';
export { mentionNames } from './names.js';
