/** How a node is shown: its name, title or text (shortened), falling back to its id. */
export function labelOf(node: Record<string, unknown> | null | undefined, max = 60): string {
  if (!node) return '';
  const text =
    [node.name, node.title, node.text].find(
      (value): value is string => typeof value === 'string',
    ) ?? String(node.id);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A node's label, flagged when the name or title is the curator's wording rather than the report's:
 * `First conversation between Sessions and Kislyak (curator's name)`; under --wide, with why.
 */
export function namedLabel(
  node: Record<string, unknown> | null | undefined,
  max = 60,
  view: View = NARROW,
): string {
  const label = labelOf(node, max);
  const why = [node?.nameInferred, node?.titleInferred].find(
    (value): value is string => typeof value === 'string',
  );
  if (!why) return label;
  return view.wide ? `${label} (curator's name: ${why})` : `${label} (curator's name)`;
}

/**
 * How much a table shows. By default long texts and quotes are cut (with "…") and only the first
 * quote of a fact is shown; `--wide` prints every quote, text and reason whole, and `--offsets`
 * adds where each quote lies in its source (`source:…#char=2326,2503`, the evidence's id).
 */
export interface View {
  wide: boolean;
  offsets: boolean;
}
export const NARROW: View = { wide: false, offsets: false };

/** A text cut to max characters (with "…"), or whole under --wide. */
export function cut(text: string, max: number, view: View = NARROW): string {
  return view.wide || text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A date as the API gives it (the DateFields fragment); older selections may lack some fields. */
export interface DateLike {
  value?: string;
  precision?: string;
  text?: string | null;
  approximate?: boolean;
  inferred?: boolean;
  inferredFrom?: string | null;
}

/** What an interval's shape says, in words (a point's precision shows in its value's form). */
const SHAPE_WORDS: Record<string, string> = {
  INTERVAL: 'interval',
  OPEN_START: 'open start',
  OPEN_END: 'open end',
};

/** The value as read: a time with a space, `~` before an approximate one. */
const shownValue = (date: DateLike) =>
  `${date.approximate ? '~' : ''}${(date.value ?? '').replace(/^(\d{4}-\d{2}-\d{2})T/, '$1 ')}`;

/** The date's honesty marks: an interval's shape, approx., inferred. */
const marks = (date: DateLike) =>
  [
    SHAPE_WORDS[date.precision ?? ''],
    date.approximate ? 'approx.' : undefined,
    date.inferred ? 'inferred' : undefined,
  ].filter((word): word is string => word !== undefined);

/**
 * A date for a diagram's edge label, short but as honest as a table cell: the value (`~` before
 * an approximate one) and its marks, without the report's words: `~2017-03-02 16:00-05:00
 * (approx., inferred)`, `../2017-03-02 (open start)`. `extra` marks follow (a claim's `claim`).
 */
export function dateMarked(date: DateLike | null | undefined, extra: string[] = []): string {
  const words = [...(date?.value ? marks(date) : []), ...extra];
  const value = date?.value ? shownValue(date) : '';
  return words.length > 0 ? `${value} (${words.join(', ')})`.trim() : value;
}

/**
 * A date on one line, for a sentence: `2017-05-03 ("on Wednesday", inferred)`,
 * `~2017-03-02 16:00-05:00 ("shortly after 4 p.m. EST", approx., inferred)`. Under --wide the
 * reason for an inference follows (`inferred: the Wednesday before …`).
 */
export function dateOf(date: DateLike | null | undefined, view: View = NARROW): string {
  if (!date?.value) return '';
  const words = [...(date.text ? [`"${date.text}"`] : []), ...marks(date)];
  if (view.wide && date.inferredFrom) words[words.length - 1] = `inferred: ${date.inferredFrom}`;
  return words.length > 0 ? `${shownValue(date)} (${words.join(', ')})` : shownValue(date);
}

/**
 * A date for a table cell, on lines of its own: the value with its marks
 * (`~2017-03-02 16:00-05:00 (approx., inferred)`, `../2017-03-02 (open start, inferred)`), the
 * report's words and from what it was inferred (both cut unless --wide), and, for an entry a from/to
 * window selected though it may lie outside it (dateMatch PARTIAL), that it may.
 */
export function dateCell(
  date: DateLike | null | undefined,
  view: View = NARROW,
  partialOf?: string,
): string {
  if (!date?.value) return '';
  const words = marks(date);
  return [
    words.length > 0 ? `${shownValue(date)} (${words.join(', ')})` : shownValue(date),
    date.text ? `“${cut(date.text, 45, view)}”` : undefined,
    date.inferredFrom ? `inferred from: ${cut(date.inferredFrom, 45, view)}` : undefined,
    partialOf ? `may fall outside ${partialOf}` : undefined,
  ]
    .filter((line): line is string => line !== undefined)
    .join('\n');
}

/** A quote with where it lies, as the API gives evidence (the EvidenceFields fragment). */
export interface QuoteLike {
  quote: string;
  start?: number;
  end?: number;
  /** The sentence the quote sits in, and where (Evidence.sentence…); null when not stored. */
  sentence?: string | null;
  sentenceStart?: number | null;
  sentenceEnd?: number | null;
  source?: { id: string } | null;
}

/** Where a quote lies, as its evidence id: `source:…#char=2326,2503` (RFC 5147). */
const offsetsOf = (e: QuoteLike) =>
  e.source && e.start !== undefined && e.end !== undefined
    ? `${e.source.id}#char=${e.start},${e.end}`
    : '';

/**
 * The sentence around a quote, when it says more than the quote: under --wide the sentence
 * itself, under --offsets where it lies (`sentence: source:…#char=1899,2145`).
 */
function sentenceLines(e: QuoteLike, view: View): string[] {
  if (!e.sentence || e.sentence === e.quote) return [];
  const lines: string[] = [];
  if (view.wide) lines.push(`in: “${e.sentence}”`);
  if (view.offsets && e.source && typeof e.sentenceStart === 'number')
    lines.push(`sentence: ${e.source.id}#char=${e.sentenceStart},${String(e.sentenceEnd)}`);
  return lines;
}

/**
 * The evidence for a cell: the first quote, cut to max, with how many more there are; under
 * --wide every quote whole with the sentence it sits in, and under --offsets each quote's place
 * (and its sentence's) in its source.
 */
export function quotes(
  evidence: readonly QuoteLike[] | undefined,
  max: number,
  view: View,
): string {
  const list = evidence ?? [];
  const shown = view.wide ? list : list.slice(0, 1);
  const lines = shown.map((e) => {
    const quote = `“${cut(e.quote, max, view)}”`;
    const where = view.offsets && offsetsOf(e) ? [offsetsOf(e)] : [];
    return [quote, ...where, ...sentenceLines(e, view)].join('\n');
  });
  if (list.length > shown.length) lines.push(`(+${list.length - shown.length} more: --wide)`);
  return lines.join('\n');
}

/** The first quote alone, cut to max (no count of the others, no offsets). */
export function firstQuote(evidence: readonly QuoteLike[] | undefined, max = 90): string {
  return quotes(evidence?.slice(0, 1), max, NARROW);
}

export type Attributed = { citationChains?: readonly { attribution: string }[] } | null | undefined;

/**
 * Who said it, as the CLI shows it: the words of a cited source carry their chain of citations
 * ("The Morning Ledger (as reported by Fixture Wire)"); anyone else keeps their own label.
 */
export function speakerOf(label: string, statement: Attributed): string {
  const chains = statement?.citationChains ?? [];
  return chains.length > 0 ? chains.map((chain) => chain.attribution).join('; ') : label;
}

/**
 * True for the report's own narrative ("the report says"): said by a source (speakerKind REPORT)
 * that reached us directly, not a cited outlet's words, which name their outlet and chain.
 */
export function reportVoice(statement: Attributed & { speakerKind?: string | null }): boolean {
  return statement?.speakerKind === 'REPORT' && (statement.citationChains ?? []).length === 0;
}

/** A statement's text, led by its chain of citations when a cited source said it. */
export function attributedText(text: string, statement: Attributed): string {
  const chains = statement?.citationChains ?? [];
  return chains.length > 0 ? `${speakerOf('', statement)}: ${text}` : text;
}

/** A claimant as the operations select it (the Claimant fragment). */
interface Claimant {
  id: string;
  speaker: Record<string, unknown>;
}

/**
 * How a claim reads in a table, e.g. `claim (by Sarah Isgur Flores, statement:…): over 25`.
 * A recorded fact gives '' (or `count: …` when the report counts it, or `also claimed (by …)`
 * when someone's statement claims it besides the record): a claim never looks like a fact.
 */
export function claimNote(
  isClaim: boolean,
  claimedBy: readonly Claimant[],
  counts: readonly (string | null | undefined)[],
): string {
  const by = claimedBy.map((s) => `${labelOf(s.speaker, 40)}, ${s.id}`).join('; ');
  const count = counts.filter((c): c is string => typeof c === 'string' && c !== '').join('; ');
  const tail = count ? `: ${count}` : '';
  if (isClaim) return `claim${by ? ` (by ${by})` : ''}${tail}`;
  if (by) return `also claimed (by ${by})${tail}`;
  return count ? `count: ${count}` : '';
}

/** A cell's text with the claim note on a line of its own below it. */
export function withNote(text: string, note: string): string {
  return note ? `${text}\n${note}` : text;
}
