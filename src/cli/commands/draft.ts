import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import cliProgress from 'cli-progress';
import type { Env } from '../../config/index.js';
import { formatProblem, parseDatasetFile } from '../../dataset/index.js';
import {
  draftFile,
  formatExplanations,
  knownFromDataset,
  mentionNames,
  readArticleFile,
  type DraftResult,
  type KnownEntity,
} from '../../draft/index.js';
import { isTestimonyError, TestimonyError } from '../../errors.js';
import { sourcePolicyOf } from '../../loader/index.js';
import { withExecutor } from '../connect.js';
import type { CliIo } from '../io.js';

export interface DraftOptions {
  published?: string;
  title?: string;
  outlet?: string;
  dataset?: string;
  out?: string;
  outDir?: string;
  explain?: boolean;
  link: string[];
  graph?: boolean;
}

/** At most this many entities come back from the graph for one run's names. */
const GRAPH_LIMIT = 5000;

/**
 * `testimony draft <article…>`: proposes a dataset per article for a curator to review. One
 * article's draft goes to --out (or stdout); several need --out-dir, with a progress bar. An
 * article that cannot be drafted is reported by name and the others go on; the exit code is 1
 * when any failed.
 */
export async function draftCommand(
  env: Env,
  io: CliIo,
  articles: string[],
  options: DraftOptions,
): Promise<void> {
  checkUsage(articles, options);
  const known = [
    ...(await linkFiles(options.link)),
    ...(options.graph ? await graphEntities(env, articles) : []),
  ];
  if (options.outDir) await mkdir(options.outDir, { recursive: true });
  const sources = sourcePolicyOf(env);
  const batch = articles.length > 1;
  const bar = batch && io.stderr.isTTY ? progressBar(io, articles.length) : undefined;
  const failed: string[] = [];
  for (const [index, file] of articles.entries()) {
    const out = options.outDir
      ? join(options.outDir, `${basename(file, extname(file))}.yaml`)
      : options.out;
    try {
      const result = await draftFile(file, {
        ...(options.published ? { published: options.published } : {}),
        ...(options.title ? { title: options.title } : {}),
        ...(options.outlet ? { outlet: options.outlet } : {}),
        ...(options.dataset ? { dataset: options.dataset } : {}),
        ...(out ? { out } : {}),
        known,
        sources,
      });
      report(io, result, options, !bar);
    } catch (error) {
      if (!batch || !isTestimonyError(error)) throw error;
      failed.push(file);
      if (bar) bar.stop();
      io.stderr.write(`${error.describe()}\n`);
      if (bar) bar.start(articles.length, index + 1);
    }
    bar?.update(index + 1, { file: basename(file) });
  }
  bar?.stop();
  if (batch)
    io.stderr.write(
      `Drafted ${articles.length - failed.length} of ${articles.length} article(s) into ${options.outDir}.\n`,
    );
  if (failed.length > 0)
    throw new TestimonyError(
      'DRAFT_INPUT',
      `${failed.length} article(s) were not drafted: ${failed.join(', ')}`,
      {
        hint: 'Each one is named above with its reason; the others were drafted.',
      },
    );
}

function checkUsage(articles: string[], o: DraftOptions): void {
  if (o.out && o.outDir)
    throw new TestimonyError('USAGE', 'give --out (one article) or --out-dir (several), not both');
  if (articles.length > 1 && !o.outDir)
    throw new TestimonyError(
      'USAGE',
      `${articles.length} articles need --out-dir: one draft is written per article`,
      {
        hint: 'testimony draft articles/*.txt --published YYYY-MM-DD --out-dir drafts/',
      },
    );
  const names = articles.map((file) => basename(file, extname(file)));
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (o.outDir && twice)
    throw new TestimonyError(
      'USAGE',
      `two articles are named "${twice}": their drafts would both be ${twice}.yaml`,
      {
        hint: 'Rename one, or draft them into different --out-dir folders.',
      },
    );
  if (articles.length > 1 && o.dataset)
    throw new TestimonyError(
      'USAGE',
      '--dataset names one draft: with several articles each is named after its file',
    );
}

function report(io: CliIo, result: DraftResult, o: DraftOptions, lines: boolean): void {
  if (!result.out) io.stdout.write(result.yaml);
  if (o.explain)
    (result.out ? io.stdout : io.stderr).write(
      formatExplanations(result.file, result.explanations, result.looseDates),
    );
  if (!lines) return;
  const counts = Object.entries(result.counts)
    .map(([collection, n]) => `${n} ${collection}`)
    .join(', ');
  const kept =
    result.kept + result.rejected > 0
      ? `; kept ${result.kept} reviewed item(s), did not propose ${result.rejected} deleted one(s) again`
      : '';
  const where = result.out ?? 'stdout';
  io.stderr.write(`Drafted ${result.file} -> ${where}: ${counts}${kept}.\n`);
  if (result.out)
    io.stderr.write(`Review it (set "review: accepted"), then: testimony seed ${result.out}\n`);
}

function progressBar(io: CliIo, total: number) {
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr,
      format: 'Drafting [{bar}] {value}/{total} articles | {file}',
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return bar;
}

/** The entities the `--link` datasets define. */
async function linkFiles(files: string[]): Promise<KnownEntity[]> {
  const known: KnownEntity[] = [];
  for (const file of files) {
    const parsed = await parseDatasetFile(file);
    if (Array.isArray(parsed))
      throw new TestimonyError(
        'USAGE',
        `--link ${file} cannot be read:\n${parsed.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
      );
    known.push(...knownFromDataset(parsed.data, basename(file)));
  }
  return known;
}

/** `--graph`: the entities in the graph that go by the names the articles use (one read). */
async function graphEntities(env: Env, articles: string[]): Promise<KnownEntity[]> {
  const names = new Set<string>();
  for (const file of articles) {
    const article = await readArticleFile(file).catch(() => undefined);
    for (const name of article ? mentionNames(article.text) : []) names.add(name);
  }
  if (names.size === 0) return [];
  const rows = await withExecutor(env, (executor) =>
    executor.read('entities-by-names', { names: [...names], limit: GRAPH_LIMIT }),
  );
  return rows.map((row) => ({
    id: String(row.id),
    kind: row.kind as KnownEntity['kind'],
    name: String(row.name),
    aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
    from: 'the graph',
  }));
}
