import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { TestimonyError } from '../errors.js';
import { englishProblem } from './language.js';

/**
 * Reads an article to draft: plain text, or a saved HTML page whose article text is extracted
 * with Mozilla's Readability (the Firefox reader view) over linkedom's DOM. Each refusal names
 * the file and says why; nothing is drafted from it.
 */
export interface ArticleFile {
  file: string;
  kind: 'text' | 'html';
  /** The text proposals quote: the file itself, or the text extracted from the page. */
  text: string;
  title?: string;
  /** YYYY-MM-DD from the page's metadata, when it has one. */
  published?: string;
  outlet?: string;
}

/** A news article is tens of kilobytes; a larger file is not one article. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
const TEXT_TYPES = new Set(['.txt', '.text', '.md', '']);
const HTML_TYPES = new Set(['.html', '.htm', '.xhtml']);

export const draftInputError = (file: string, message: string, hint?: string) =>
  new TestimonyError(
    'DRAFT_INPUT',
    `${file}: ${message}; nothing was drafted from it`,
    hint ? { hint } : {},
  );

export async function readArticleFile(file: string): Promise<ArticleFile> {
  const type = extname(file).toLowerCase();
  const html = HTML_TYPES.has(type);
  if (!html && !TEXT_TYPES.has(type))
    throw draftInputError(
      file,
      `unsupported file type "${type}"`,
      'Give a plain-text article (.txt) or a saved HTML page (.html).',
    );
  const info = await stat(file).catch(() => undefined);
  if (!info) throw draftInputError(file, 'no such file');
  if (!info.isFile()) throw draftInputError(file, 'not a regular file');
  if (info.size === 0) throw draftInputError(file, 'the file is empty');
  if (info.size > MAX_ARTICLE_BYTES)
    throw draftInputError(
      file,
      `${(info.size / 1024 / 1024).toFixed(1)} MB is too large for one article (at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`,
      'Draft one article per file.',
    );
  const bytes = await readFile(file);
  if (bytes.includes(0)) throw draftInputError(file, 'a binary file (it has NUL bytes), not text');
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw draftInputError(
      file,
      'not UTF-8 text',
      'Convert it, e.g. iconv -f latin1 -t utf-8 in.txt > out.txt',
    );
  }
  const article = html
    ? fromHtml(file, raw)
    : { file, kind: 'text' as const, text: raw.replace(/^\uFEFF/, '') };
  if (article.text.trim() === '')
    throw draftInputError(
      file,
      html ? 'the page has no article text' : 'the file has only white space',
    );
  const language = englishProblem(article.text);
  if (language)
    throw draftInputError(file, language, 'testimony draft reads English news prose only.');
  return article;
}

/** The article of a saved page: its text one paragraph a line, its title, date and site. */
function fromHtml(file: string, html: string): ArticleFile {
  const { document } = parseHTML(html);
  const parsed = new Readability(document).parse();
  const content = parsed?.content ?? '';
  const text = paragraphs(content);
  if (!parsed || text.length < 200)
    throw draftInputError(
      file,
      'no article found in the page (Readability found no article text)',
      'Save the article page itself, or paste its text into a .txt file.',
    );
  const published = dayOf(parsed.publishedTime ?? metaDate(document));
  const outlet = parsed.siteName ?? undefined;
  const title = cleanTitle(parsed.title ?? '', outlet);
  return {
    file,
    kind: 'html',
    text,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(outlet ? { outlet } : {}),
  };
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

/** One line per block of the article, white space collapsed: the source text proposals quote. */
function paragraphs(content: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const lines = blocks
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function metaDate(document: Document): string | undefined {
  for (const selector of [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
    'time[datetime]',
  ]) {
    const el = document.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    if (value) return value;
  }
  return undefined;
}

/** "2017-03-02T18:00:00Z" -> "2017-03-02": the date as the page writes it. */
function dayOf(value: string | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '');
  return m?.[1];
}

/** "Headline | Site" -> "Headline". */
function cleanTitle(title: string, site: string | undefined): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (!site) return t;
  const parts = t.split(/\s+[|–—-]\s+/);
  const kept = parts.filter((p) => p.toLowerCase() !== site.toLowerCase());
  return (kept.length > 0 ? kept.join(' - ') : t).trim();
}
