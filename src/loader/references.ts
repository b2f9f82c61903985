import { distance } from 'fastest-levenshtein';
import {
  formatProblem,
  KINDS,
  type CheckedDataset,
  type ExternalReference,
  type Problem,
} from '../dataset/index.js';
import { TestimonyError } from '../errors.js';

const KIND_LABELS = new Set<string>(Object.values(KINDS));

/**
 * References across datasets, the part that needs no database: a dataset may refer to an id
 * that another dataset defines. The seed looks for it in the other files of the same run first
 * (here), then in the graph (graph-references.ts); only an id found in neither is a problem.
 */

/** Each file's external references that no file of the run defines: left for the graph. */
export function unresolvedInRun(
  files: readonly Pick<CheckedDataset, 'defined' | 'external'>[],
): ExternalReference[][] {
  const defined = new Set(files.flatMap((file) => [...file.defined]));
  return files.map((file) => file.external.filter((ref) => !defined.has(ref.id)));
}

/** How many suggestions an unknown id gets. */
const SUGGESTIONS = 3;

/**
 * The ids of the same kind nearest to `id` by edit distance (at most 3, nearest first, then in
 * id order), among those within a third of its length (at least 2 edits): a typo, not a
 * different id that happens to share its prefix.
 */
export function nearestIds(id: string, candidates: Iterable<string>): string[] {
  const prefix = id.slice(0, id.indexOf(':') + 1);
  const most = Math.max(2, Math.floor((id.length - prefix.length) / 3));
  const scored = new Map<string, number>();
  for (const candidate of candidates) {
    // The length check first: it rules out most candidates without computing a distance.
    if (candidate === id || !candidate.startsWith(prefix) || scored.has(candidate)) continue;
    if (Math.abs(candidate.length - id.length) > most) continue;
    const edits = distance(candidate, id);
    if (edits <= most) scored.set(candidate, edits);
  }
  return [...scored]
    .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1))
    .slice(0, SUGGESTIONS)
    .map(([candidate]) => candidate);
}

/** Where an unknown id was looked for, as a problem says it. */
export interface Searched {
  /** The datasets of the run's files, in the order given. */
  run: string[];
  /** Every dataset the graph holds (the run's own included; an empty list: an empty graph). */
  graph: string[];
}

/** At most `limit` names, and how many more there are. */
function cut(names: readonly string[], limit = 10): string {
  const more = names.length - limit;
  return more > 0 ? `${names.slice(0, limit).join(', ')} … and ${more} more` : names.join(', ');
}

export function searchedText({ run, graph }: Searched): string {
  const others = graph.filter((dataset) => !run.includes(dataset));
  const inGraph =
    graph.length === 0
      ? 'the graph (empty)'
      : others.length === 0
        ? "the graph (no dataset besides this run's)"
        : `the graph (${cut(others)})`;
  return `searched the files of this run (${cut(run)}) and ${inGraph}`;
}

/** An article for a label: "an Event", "a Person". */
export const aLabel = (label: string) => `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;

/** The problem for an id that neither the run's files nor the graph define. */
export function unknownProblem(
  ref: ExternalReference,
  searched: Searched,
  suggestions: readonly string[] | undefined,
  /** The run's datasets that held it in the graph and no longer define it (it would be released). */
  releasedBy: readonly string[] = [],
): Problem {
  const why =
    releasedBy.length > 0
      ? `only ${releasedBy.join(', ')} held it in the graph, and this run seeds ${releasedBy.length > 1 ? 'them' : 'it'} again without it`
      : 'no dataset defines it';
  const hint =
    suggestions === undefined
      ? ''
      : suggestions.length === 0
        ? `; no id of ${aLabel(ref.label)} is near it`
        : `; did you mean ${suggestions.join(' or ')}?`;
  return problemOf(ref, `unknown reference ${ref.id}: ${why} (${searchedText(searched)})${hint}`);
}

/** The problem for an id the graph defines as another kind of node than the reference needs. */
export function wrongKindProblem(
  ref: ExternalReference,
  node: { labels: readonly string[]; datasets: readonly string[] },
): Problem {
  // Only the labels that say a kind: a graph may carry others (a test's scratch label).
  const kinds = node.labels.filter((label) => KIND_LABELS.has(label));
  const is = kinds.length > 0 ? kinds.map(aLabel).join(' and ') : 'no kind of node we know';
  return problemOf(
    ref,
    `reference ${ref.id} must be ${aLabel(ref.label)}, but in the graph it is ${is} (defined by ${node.datasets.join(', ')})`,
  );
}

function problemOf(ref: ExternalReference, message: string): Problem {
  const { file, path, line, column } = ref;
  return { file, path, line, column, message };
}

/** How many references a note lists; the count is always complete. */
const NOTE_LIMIT = 20;

/**
 * The references left for the graph, as a note: `seed` looks them up once every file is valid,
 * `validate` (no database) never does.
 */
export function unresolvedNote(refs: readonly ExternalReference[], heading: string): string {
  if (refs.length === 0) return '';
  const lines = refs
    .slice(0, NOTE_LIMIT)
    .map((ref) => `  ${formatProblem(problemOf(ref, `${ref.id} (${aLabel(ref.label)})`))}`);
  const more = refs.length - NOTE_LIMIT;
  return [
    `${heading.replace('{count}', String(refs.length))}`,
    ...lines,
    ...(more > 0 ? [`  … and ${more} more`] : []),
  ].join('\n');
}

/** The seed's refusal: every problem, by file, line and JSON path; nothing was written. */
export function datasetInvalid(
  problems: readonly Problem[],
  unresolved: readonly ExternalReference[] = [],
): TestimonyError {
  const note = unresolvedNote(
    unresolved,
    'Not looked up yet: {count} reference(s) to ids that no file of this run defines; the graph is searched for them once every file is valid:',
  );
  return new TestimonyError(
    'DATASET_INVALID',
    `${problems.length} problem(s); nothing was written:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}${note ? `\n${note}` : ''}`,
    {
      hint: 'Fix each place listed (file:line: JSON path) and seed again. The format is in docs/model.md.',
    },
  );
}
