import { invariant } from '../errors.js';
import { anchorQuote } from './anchor.js';
import { locateProblems, problemAt as problemAtRaw, type ParsedFile } from './parse.js';
import { jsonPath, type Problem } from './problems.js';
import {
  datasetSchema,
  KINDS,
  prefixOf,
  type Dataset,
  type NodeLabel,
  type QuoteSelectorInput,
} from './schema.js';
import { COLLECTIONS } from './schema.js';
import { salvage, type Salvaged } from './salvage.js';
import { DEFAULT_SOURCE_POLICY, readSourceFile, type SourcePolicy } from './sources.js';

type Path = PropertyKey[];

/** A dataset that passed every check, with its source texts and each quote's offsets. */
export interface ValidDataset {
  file: string;
  dataset: Dataset;
  /** Source id -> full text, for the sources we hold a file of. */
  texts: Map<string, string>;
  /** The anchor of every evidence selector, keyed by the selector object itself. */
  anchors: Map<QuoteSelectorInput, { source: string; start: number; end: number }>;
  /** References to ids this file does not define: another file of the run, or the graph, must. */
  external: ExternalReference[];
}

/**
 * A reference to an id that the file does not define (see docs/model.md, references across
 * datasets). It is not a problem of the file: the seed looks for the id in the other files of
 * the run, then in the graph, and only an id found in neither is a problem.
 */
export interface ExternalReference {
  id: string;
  /** The kind of node the id's prefix names (`event:…` an Event): what the node found must be. */
  label: NodeLabel;
  file: string;
  /** Where the reference is written, e.g. `$.statements[2].about[0].ref`. */
  path: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** What validation found in one file: its problems, its external references, and when valid, the dataset. */
export interface CheckedDataset {
  problems: Problem[];
  external: ExternalReference[];
  /** Every id the file defines (an entry of the wrong shape included): what other files may refer to. */
  defined: Set<string>;
  /** Present when the file has no problem. */
  valid?: ValidDataset;
}

/**
 * Checks everything and reports every problem, not just the first: the schema (fields, types,
 * dates), then, with the whole file in view, ids, references, meetings and evidence quotes.
 * References to ids the file does not define are no problem here (they are the valid dataset's
 * `external`); checkDataset returns them for an invalid file too.
 */
export async function validateDataset(
  parsed: ParsedFile,
  policy: SourcePolicy = DEFAULT_SOURCE_POLICY,
): Promise<ValidDataset | Problem[]> {
  const checked = await checkDataset(parsed, policy);
  return checked.valid ?? checked.problems;
}

/** validateDataset, with the external references of a file that has problems as well. */
export async function checkDataset(
  parsed: ParsedFile,
  policy: SourcePolicy = DEFAULT_SOURCE_POLICY,
): Promise<CheckedDataset> {
  const found = await check(parsed, policy);
  const { defined } = found;
  // Lines are found once, for problems and references together: a large JSON file is read
  // again (one streaming pass), never kept.
  const refs = found.external.map((ref) => problemAt(parsed, ref.path, ref.id));
  const located = await locateProblems(parsed, [...found.problems, ...refs]);
  const problems = located.slice(0, found.problems.length);
  const external = located.slice(found.problems.length).map((where, index) => {
    const id = found.external[index]?.id ?? '';
    const prefix = prefixOf(id);
    invariant(prefix, `a reference passed the schema without a known prefix: ${id}`);
    const { file, path, line, column } = where;
    return { id, label: KINDS[prefix], file, path, line, column };
  });
  if (problems.length > 0 || !found.whole) return { problems, external, defined };
  return { problems, external, defined, valid: { ...found.whole, external } };
}

interface Found {
  problems: Problem[];
  external: { id: string; path: Path }[];
  defined: Set<string>;
  /** The valid dataset but its external references, when the checks that ran found nothing. */
  whole?: Omit<ValidDataset, 'external'>;
}

async function check(parsed: ParsedFile, policy: SourcePolicy): Promise<Found> {
  const result = datasetSchema.safeParse(parsed.data);
  if (result.success) return checkWhole(parsed, result.data, policy);
  const schemaProblems = result.error.issues.map((issue) =>
    problemAtRaw(parsed, issue.path, issue.message),
  );
  // The later checks still run on the entries that passed the schema, so that one run lists
  // every problem of the file; only entries of the wrong shape skip them.
  const salvaged = salvage(parsed.data);
  if (salvaged === undefined) return { problems: schemaProblems, external: [], defined: new Set() };
  salvagedOf.set(parsed, salvaged);
  const later = await checkWhole(parsed, salvaged.dataset, policy);
  return {
    problems: [...schemaProblems, ...later.problems],
    external: later.external,
    defined: new Set([...later.defined, ...salvaged.invalidIds]),
  };
}

/** The partial dataset a file with schema problems was checked as (its entries' indices shift). */
const salvagedOf = new WeakMap<ParsedFile, Salvaged>();

/** problemAt, with a salvaged entry's index turned back into its index in the file. */
function problemAt(parsed: ParsedFile, path: Path, message: string): Problem {
  return problemAtRaw(parsed, salvagedOf.get(parsed)?.originalPath(path) ?? path, message);
}

/** True when `id` belongs to an entry that failed the schema: checks that need it are skipped. */
const unchecked = (parsed: ParsedFile, id: string) =>
  salvagedOf.get(parsed)?.invalidIds.has(id) ?? false;

async function checkWhole(
  parsed: ParsedFile,
  dataset: Dataset,
  policy: SourcePolicy,
): Promise<Found> {
  const { texts, problems } = await readSources(parsed, dataset, policy);
  const ids = checkIds(parsed, dataset);
  problems.push(
    ...ids.problems,
    ...checkMeetings(parsed, dataset),
    ...checkSpokespeople(parsed, dataset),
    ...checkCitations(parsed, dataset),
  );
  const anchors = new Map<QuoteSelectorInput, { source: string; start: number; end: number }>();
  problems.push(...anchorEvidence(parsed, dataset, texts, anchors));
  const found = { problems, external: ids.external, defined: ids.defined };
  return problems.length > 0
    ? found
    : { ...found, whole: { file: parsed.file, dataset, texts, anchors } };
}

/** Each source's text, read only where the policy allows (see sources.ts); each refusal a problem. */
async function readSources(parsed: ParsedFile, dataset: Dataset, policy: SourcePolicy) {
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  for (const [index, source] of dataset.sources.entries()) {
    if (!source.file) continue;
    const read = await readSourceFile(parsed.file, source.file, policy);
    if ('text' in read) texts.set(source.id, read.text);
    else problems.push(problemAt(parsed, ['sources', index, 'file'], read.refused));
  }
  return { texts, problems };
}

/** Every node-like entry with its id and where it sits. */
function* entries(dataset: Dataset): Generator<{ id: string; path: Path }> {
  for (const collection of COLLECTIONS) {
    for (const [index, entry] of dataset[collection].entries())
      yield { id: entry.id, path: [collection, index] };
  }
}

/** Every id that one entry uses to point at another, with where it is written. */
function* references(d: Dataset): Generator<{ id: string; path: Path }> {
  const at = (id: string | undefined, ...path: Path) => (id === undefined ? [] : [{ id, path }]);
  for (const [i, s] of d.sources.entries())
    yield* [
      ...at(s.publisher, 'sources', i, 'publisher'),
      ...at(s.citedBy, 'sources', i, 'citedBy'),
    ];
  for (const [i, s] of d.sources.entries())
    for (const [j, c] of s.cites.entries()) yield* at(c, 'sources', i, 'cites', j);
  for (const [i, g] of d.groups.entries()) {
    yield* at(g.partOf, 'groups', i, 'partOf');
    for (const [j, c] of g.represents.entries()) {
      if (typeof c === 'string') yield* at(c, 'groups', i, 'represents', j);
      else
        yield* [
          ...at(c.ref, 'groups', i, 'represents', j, 'ref'),
          ...at(c.claimedBy, 'groups', i, 'represents', j, 'claimedBy'),
        ];
    }
  }
  for (const [i, m] of d.matters.entries())
    for (const [j, c] of m.concerns.entries())
      yield* typeof c === 'string'
        ? at(c, 'matters', i, 'concerns', j)
        : [
            ...at(c.ref, 'matters', i, 'concerns', j, 'ref'),
            ...at(c.statement, 'matters', i, 'concerns', j, 'statement'),
          ];
  for (const [i, p] of d.propositions.entries())
    for (const [j, c] of p.concerns.entries()) yield* at(c, 'propositions', i, 'concerns', j);
  for (const [i, e] of d.events.entries()) {
    yield* [...at(e.partOf, 'events', i, 'partOf'), ...at(e.claimedBy, 'events', i, 'claimedBy')];
    for (const [j, same] of e.sameAs.entries()) yield* at(same, 'events', i, 'sameAs', j);
    for (const [j, p] of e.participants.entries())
      yield* at(p.ref, 'events', i, 'participants', j, 'ref');
  }
  for (const [i, s] of d.statements.entries()) {
    yield* [
      ...at(s.speaker, 'statements', i, 'speaker'),
      ...at(s.onBehalfOf, 'statements', i, 'onBehalfOf'),
      ...at(s.at, 'statements', i, 'at'),
    ];
    for (const [j, a] of s.about.entries()) yield* at(a.ref, 'statements', i, 'about', j, 'ref');
  }
  for (const [i, r] of d.roles.entries())
    yield* [
      ...at(r.holder, 'roles', i, 'holder'),
      ...at(r.at, 'roles', i, 'at'),
      ...at(r.claimedBy, 'roles', i, 'claimedBy'),
    ];
  for (const [i, r] of d.recusals.entries()) {
    yield* [
      ...at(r.person, 'recusals', i, 'person'),
      ...at(r.matter, 'recusals', i, 'matter'),
      ...at(r.statement, 'recusals', i, 'statement'),
    ];
  }
  for (const [i, r] of d.demands.entries()) {
    yield* [
      ...at(r.by, 'demands', i, 'by'),
      ...at(r.of, 'demands', i, 'of'),
      ...at(r.from, 'demands', i, 'from'),
      ...at(r.statement, 'demands', i, 'statement'),
    ];
  }
}

/** Duplicate ids are problems; references to ids the file does not define are external. */
function checkIds(parsed: ParsedFile, dataset: Dataset): Omit<Found, 'whole'> {
  const problems: Problem[] = [];
  const firstAt = new Map<string, Path>();
  for (const { id, path } of entries(dataset)) {
    const first = firstAt.get(id);
    if (first)
      problems.push(
        problemAt(
          parsed,
          [...path, 'id'],
          `duplicate id ${id} (first defined at ${jsonPath(first)})`,
        ),
      );
    else firstAt.set(id, path);
  }
  // An entry of the wrong shape still defines its id: a reference to it is neither unknown
  // nor external (the entry's own problem is reported).
  const external = [...references(dataset)].filter(
    ({ id }) => !firstAt.has(id) && !unchecked(parsed, id),
  );
  return { problems, external, defined: new Set(firstAt.keys()) };
}

/** A meeting is between people: fewer than two participants is a curation mistake. */
function checkMeetings(parsed: ParsedFile, dataset: Dataset): Problem[] {
  return dataset.events.flatMap((event, index) =>
    event.kind === 'meeting' && event.participants.length < 2
      ? [
          problemAt(
            parsed,
            ['events', index, 'participants'],
            `a meeting needs at least two participants, found ${event.participants.length}`,
          ),
        ]
      : [],
  );
}

/** SPOKE_FOR is derived from `onBehalfOf` and links two people: the speaker must be a person too. */
function checkSpokespeople(parsed: ParsedFile, dataset: Dataset): Problem[] {
  return dataset.statements.flatMap((statement, index) =>
    statement.onBehalfOf !== undefined && !statement.speaker.startsWith('person:')
      ? [
          problemAt(
            parsed,
            ['statements', index, 'speaker'],
            `a statement made on someone's behalf needs a person as speaker (SPOKE_FOR links two people), found ${statement.speaker}`,
          ),
        ]
      : [],
  );
}

/** Each citation the dataset states, citing -> cited, with where it is written (citedBy or cites). */
function* citations(d: Dataset): Generator<{ citing: string; cited: string; path: Path }> {
  for (const [i, s] of d.sources.entries()) {
    if (s.citedBy) yield { citing: s.citedBy, cited: s.id, path: ['sources', i, 'citedBy'] };
    for (const [j, c] of s.cites.entries())
      yield { citing: s.id, cited: c, path: ['sources', i, 'cites', j] };
  }
}

/**
 * A citation goes one way: a source that cites itself, or two that cite each other, make a chain
 * of "as reported by" that never reaches a text we read (longer rings are rarer; not checked).
 */
function checkCitations(parsed: ParsedFile, dataset: Dataset): Problem[] {
  const stated = new Map<string, Path>();
  const problems: Problem[] = [];
  for (const { citing, cited, path } of citations(dataset)) {
    const back = stated.get(`${cited}>${citing}`);
    if (citing === cited) problems.push(problemAt(parsed, path, `${citing} cannot cite itself`));
    else if (back)
      problems.push(
        problemAt(
          parsed,
          path,
          `${citing} cites ${cited}, which cites it back (at ${jsonPath(back)}): a citation goes one way, from the source that quotes to the source it quotes`,
        ),
      );
    stated.set(`${citing}>${cited}`, path);
  }
  return problems;
}

/**
 * The nearest source with a text file that cites `id`, directly or through other cited sources:
 * where the evidence of a source known only as cited (and of what it said) must be quoted from.
 */
function citingDocument(dataset: Dataset, id: string): string | undefined {
  const citers = new Map<string, string[]>();
  for (const { citing, cited } of citations(dataset))
    citers.set(cited, [...(citers.get(cited) ?? []), citing]);
  const documents = new Set(dataset.sources.filter((s) => s.file).map((s) => s.id));
  const seen = new Set([id]);
  for (let level = [id]; level.length > 0;) {
    const next = level.flatMap((x) => citers.get(x) ?? []).filter((x) => !seen.has(x));
    const found = next.find((x) => documents.has(x));
    if (found) return found;
    for (const x of next) seen.add(x);
    level = next;
  }
  return undefined;
}

/** The cited source a selector belongs to: the source entry itself, or a statement's speaker. */
function citedOwner(dataset: Dataset, path: Path): string | undefined {
  const [collection, index] = path;
  if (typeof index !== 'number') return undefined;
  if (collection === 'sources') return dataset.sources[index]?.id;
  const speaker = collection === 'statements' ? dataset.statements[index]?.speaker : undefined;
  return speaker?.startsWith('source:') ? speaker : undefined;
}

/** What to quote instead, for a selector of a source we hold no text of. */
function citingHint(dataset: Dataset, path: Path, source: string | undefined): string {
  const owner = source ?? citedOwner(dataset, path);
  if (owner === undefined || dataset.sources.some((s) => s.id === owner && s.file)) return '';
  const document = citingDocument(dataset, owner);
  if (document === undefined) return '';
  return `; ${owner} is known only as cited: quote the text of ${document}, which cites it ("source: ${document}")`;
}

/** Every evidence selector in the file, wherever it sits, with its path. */
function* selectors(
  value: unknown,
  path: Path = [],
): Generator<{ selector: QuoteSelectorInput; path: Path }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* selectors(item, [...path, index]);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'evidence' && Array.isArray(child)) {
      for (const [index, selector] of child.entries())
        yield { selector: selector as QuoteSelectorInput, path: [...path, key, index] };
    } else {
      yield* selectors(child, [...path, key]);
    }
  }
}

function anchorEvidence(
  parsed: ParsedFile,
  dataset: Dataset,
  texts: Map<string, string>,
  anchors: ValidDataset['anchors'],
): Problem[] {
  const documents = dataset.sources.filter((source) => source.file !== undefined);
  // With a source of the wrong shape, which document a quote without "source" means is unknown.
  const sourcesComplete = !salvagedOf.get(parsed)?.dropped.has('sources');
  const fallback = documents.length === 1 && sourcesComplete ? documents[0]?.id : undefined;
  const problems: Problem[] = [];
  for (const { selector, path } of selectors(dataset)) {
    const source = selector.source ?? fallback;
    if (source === undefined) {
      if (!sourcesComplete) continue;
      problems.push(
        problemAt(
          parsed,
          path,
          'evidence needs a "source": this dataset has more than one source document' +
            citingHint(dataset, path, undefined),
        ),
      );
      continue;
    }
    const text = texts.get(source);
    if (text === undefined) {
      // A missing file is reported once, at the source; an id without a file is reported here.
      if (documents.some((doc) => doc.id === source) || unchecked(parsed, source)) continue;
      // Evidence is anchored in a text this file holds: another dataset's source cannot be quoted.
      const ownSource = dataset.sources.some((s) => s.id === source);
      problems.push(
        problemAt(
          parsed,
          [...path, 'source'],
          ownSource
            ? `${source} has no text file to quote from` + citingHint(dataset, path, source)
            : `${source} is not a source of this dataset: evidence quotes a source document the dataset itself has (with its file)`,
        ),
      );
      continue;
    }
    const anchor = anchorQuote(text, selector);
    if ('error' in anchor)
      problems.push(
        problemAt(parsed, [...path, 'quote'], anchor.error + normalisationHint(text, selector)),
      );
    else anchors.set(selector, { source, ...anchor });
  }
  return problems;
}

/**
 * Quotes are matched exactly, without Unicode normalisation, so that their offsets are those of
 * the source text. When a quote misses only because its accents are composed differently (NFC
 * "é" against NFD "e" + U+0301), say so: the two look identical on screen.
 */
function normalisationHint(text: string, selector: QuoteSelectorInput): string {
  const quote = selector.quote.normalize('NFC');
  if (text.includes(selector.quote) || quote === selector.quote.normalize('NFD')) return '';
  if (!text.normalize('NFC').includes(quote)) return '';
  return '; the text has it with its accents composed differently (Unicode NFC vs NFD): copy the quote from the source file';
}
