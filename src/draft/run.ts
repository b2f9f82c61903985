import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { Document, visit } from 'yaml';
import {
  DEFAULT_SOURCE_POLICY,
  formatProblem,
  parsedFromData,
  validateDataset,
  type SourcePolicy,
} from '../dataset/index.js';
import { dayProblem } from '../domain/index.js';
import { TestimonyError } from '../errors.js';
import {
  COLLECTIONS,
  draftArticle,
  type DraftDataset,
  type Explanation,
  type Item,
} from './build.js';
import type { DateMention } from './dates.js';
import type { KnownEntity } from './entities.js';
import { slug } from './ids.js';
import { draftInputError, readArticleFile } from './input.js';
import { mergeDrafts, proposedIds } from './merge.js';

export interface DraftFileOptions {
  /** YYYY-MM-DD; required unless the page's metadata gives it. */
  published?: string;
  title?: string;
  outlet?: string;
  /** The dataset file to write; without it the YAML is returned for stdout. */
  out?: string;
  /** The dataset's name (default: the article file's name). */
  dataset?: string;
  /** Entities to link to: the other datasets given, and the graph. */
  known?: KnownEntity[];
  sources?: SourcePolicy;
}

export interface DraftResult {
  file: string;
  /** The dataset as YAML (what was written, or what to print). */
  yaml: string;
  out?: string;
  /** The source text written beside the draft, when the article's own file could not be used. */
  textFile?: string;
  explanations: Explanation[];
  /** Dates resolved in the text that no proposal carries (--explain lists them). */
  looseDates: DateMention[];
  counts: Record<string, number>;
  kept: number;
  rejected: number;
}

/**
 * Drafts one article into a dataset file that validates: reads it, proposes, keeps the
 * curator's decisions from an earlier draft at the same place, validates the result as the seed
 * would (every quote found at its offset), then writes it whole (no partial draft is ever left).
 */
export async function draftFile(
  file: string,
  options: DraftFileOptions = {},
): Promise<DraftResult> {
  const article = await readArticleFile(file);
  const published = options.published ?? article.published;
  if (!published)
    throw new TestimonyError(
      'USAGE',
      `${file}: no publication date: relative dates ("Wednesday", "last year") are resolved against it, and the draft never guesses today; nothing was drafted from it`,
      { hint: `Give it: testimony draft ${file} --published YYYY-MM-DD` },
    );
  const problem = dayProblem(published);
  if (problem) throw new TestimonyError('USAGE', `--published ${published} ${problem}`);
  const out = options.out ? resolve(options.out) : undefined;
  if (!out && article.kind === 'html')
    throw new TestimonyError(
      'USAGE',
      `${file}: a page's draft needs --out (its extracted text is written beside the draft)`,
    );
  if (out) await mkdir(dirname(out), { recursive: true });
  const where = await placeText(resolve(file), article.kind, out);
  const name = options.dataset ?? slug(basename(file, extname(file)), 80);
  const draft = draftArticle(
    {
      file,
      text: article.text,
      published,
      publishedFrom: options.published ? '--published' : "the page's metadata",
      ...((options.title ?? article.title) ? { title: options.title ?? article.title } : {}),
      ...((options.outlet ?? article.outlet) ? { outlet: options.outlet ?? article.outlet } : {}),
      dataset: name,
      sourceFile: where.sourceFile,
    },
    options.known ?? [],
  );
  const previous = out && existsSync(out) ? await readFile(out, 'utf8') : undefined;
  const merged = previous
    ? mergeDrafts(draft.dataset, previous)
    : { dataset: draft.dataset, kept: 0, rejected: 0 };
  const yaml = toYaml(merged.dataset, file, proposedIdsOf(draft.dataset, previous));
  const target = out ?? resolve('draft.yaml');
  const created = where.write ? await writeNew(where.write, article.text) : false;
  try {
    await validate(target, merged.dataset, options.sources);
    if (out) await writeAtomically(out, yaml);
  } catch (error) {
    if (created && where.write) await rm(where.write, { force: true });
    throw error;
  }
  return {
    file,
    yaml,
    ...(out ? { out } : {}),
    ...(where.write ? { textFile: where.write } : {}),
    explanations: draft.explanations,
    looseDates: draft.dates,
    counts: countsOf(merged.dataset),
    kept: merged.kept,
    rejected: merged.rejected,
  };
}

/**
 * Where the source text is, relative to the draft: the article itself when it is a text file in
 * the draft's folder (or below); otherwise a copy beside the draft (`<draft>.txt`), since a
 * dataset may only read files in its own folder (docs/model.md, Source files).
 */
async function placeText(
  file: string,
  kind: 'text' | 'html',
  out: string | undefined,
): Promise<{ sourceFile: string; write?: string }> {
  const folder = out ? dirname(out) : process.cwd();
  if (kind === 'text') {
    const real = await realpath(file);
    const inside = relative(await realpath(folder).catch(() => folder), real);
    if (
      !inside.startsWith('..') &&
      !isAbsolute(inside) &&
      !inside.split(/[\\/]/).some((p) => p.startsWith('.'))
    )
      return { sourceFile: inside.split('\\').join('/') };
  }
  if (!out)
    throw new TestimonyError(
      'USAGE',
      `${file} is outside the current folder: give --out (the text is copied beside the draft)`,
    );
  const copy = join(dirname(out), `${basename(out, extname(out))}.txt`);
  return { sourceFile: basename(copy), write: copy };
}

/** Writes the text unless the file already holds exactly it; true when a file was created. */
async function writeNew(path: string, text: string): Promise<boolean> {
  const existing = existsSync(path)
    ? await readFile(path, 'utf8').catch(() => undefined)
    : undefined;
  if (existing === text) return false;
  if (existing !== undefined)
    throw new TestimonyError(
      'USAGE',
      `${path} exists with other text: the draft's source text would replace it`,
      {
        hint: 'Choose another --out, or move that file away.',
      },
    );
  await writeFile(path, text);
  return true;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${randomUUID().slice(0, 8)}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/**
 * The seed's own checks (schema, references, every quote at its offset) of the dataset as it is
 * about to be written (the YAML is its faithful serialisation); a failure is our bug.
 */
async function validate(
  path: string,
  dataset: DraftDataset,
  sources: SourcePolicy = DEFAULT_SOURCE_POLICY,
) {
  const result = await validateDataset(parsedFromData(path, structuredClone(dataset)), sources);
  if (Array.isArray(result))
    throw new TestimonyError(
      'DRAFT_INPUT',
      `the draft of ${path} does not validate, so it was not written:\n${result.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
      { hint: 'This is a bug of testimony draft: please report it with the article.' },
    );
}

const HEADER = (file: string) =>
  [
    ` Draft of ${file} by testimony draft (docs/model.md; format: src/dataset/schema.ts).`,
    ' Every item is a proposal marked "review: pending": check it against the text, correct it,',
    ' then write "review: accepted" (or delete the item). The seed refuses pending items, each by',
    ' file, line and path, unless run with --accept-pending. Drafting the article again keeps',
    ' accepted items as they are and does not propose deleted ones again.',
  ].join('\n');

/** The ids this draft proposes, plus those proposed before: deleted ones stay deleted next time. */
function proposedIdsOf(dataset: DraftDataset, previous: string | undefined): string[] {
  const ids = previous ? proposedIds(previous) : new Set<string>();
  for (const c of COLLECTIONS)
    for (const item of (dataset[c] as Item[] | undefined) ?? []) ids.add(item.id);
  return [...ids].sort();
}

function toYaml(dataset: DraftDataset, file: string, proposed: string[]): string {
  const doc = new Document(dataset);
  doc.commentBefore = HEADER(basename(file));
  // Date values quoted, as curators write them: YAML 1.1 tools would read 2017-03-02 as a timestamp.
  visit(doc, {
    Scalar(_key, node) {
      if (
        typeof node.value === 'string' &&
        /^\d{4}(?:-\d{2}){0,2}(?:T[\d:+-]+)?(?:\/.*)?$|^\.\.\//.test(node.value)
      )
        node.type = 'QUOTE_SINGLE';
    },
  });
  const lines: string[] = [];
  for (const id of proposed) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + id.length < 100)
      lines[lines.length - 1] = `${last} ${id}`;
    else lines.push(id);
  }
  const body = doc.toString({ lineWidth: 0 });
  const trailer = [
    '# testimony draft proposed: (the ids below; one deleted from the draft is not proposed again)',
    ...lines.map((l) => `#   ${l}`),
  ].join('\n');
  return `${body}\n${trailer}\n`;
}

function countsOf(dataset: DraftDataset): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of COLLECTIONS) {
    const n = ((dataset[c] as unknown[] | undefined) ?? []).length;
    if (n > 0) counts[c] = n;
  }
  return counts;
}

export { draftInputError };
