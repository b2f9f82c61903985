/**
 * The sentence a quote sits in, worked out once at load time from the source text (Evidence's
 * `sentence`, `sentenceStart`, `sentenceEnd`): an analyst reading "British" needs the words
 * around it. Sentences come from ICU's sentence rules (Intl.Segmenter, built into Node), which
 * break after every full stop followed by a space: "4 p.m. EST" and "Sen. Jeff Sessions" would be
 * cut in two, so a break right after one of the common abbreviations below is not a break.
 */

/** Abbreviations a news report puts before a space without ending the sentence. */
const ABBREVIATIONS = new Set(
  [
    'a.m.',
    'p.m.',
    'mr.',
    'mrs.',
    'ms.',
    'dr.',
    'sen.',
    'sens.',
    'rep.',
    'reps.',
    'gov.',
    'gen.',
    'lt.',
    'col.',
    'sgt.',
    'st.',
    'jr.',
    'sr.',
    'u.s.',
    'u.k.',
    'u.n.',
    'no.',
    'vs.',
    'jan.',
    'feb.',
    'mar.',
    'apr.',
    'aug.',
    'sept.',
    'sep.',
    'oct.',
    'nov.',
    'dec.',
    'inc.',
    'corp.',
    'co.',
    'ltd.',
    'e.g.',
    'i.e.',
    'etc.',
  ].map((a) => a.toLowerCase()),
);

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Where each sentence of a text starts (the first is 0), abbreviations not counted as ends. */
export function sentenceStarts(text: string): number[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const starts: number[] = [];
  let previous = '';
  for (const { segment, index } of segmenter.segment(text)) {
    const lastWord = previous.trimEnd().split(/\s+/).at(-1)?.toLowerCase() ?? '';
    // A line break always ends a sentence (a headline, a dateline): only spaces are merged.
    const merge = starts.length > 0 && ABBREVIATIONS.has(lastWord) && !/\n\s*$/.test(previous);
    if (!merge) starts.push(index);
    previous = segment;
  }
  return starts.length > 0 ? starts : [0];
}

/** The last index i with starts[i] <= offset (starts is sorted and starts[0] = 0). */
function sentenceIndex(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The sentence (or sentences, when the quote spans several) holding text[start, end), trimmed of
 * the spaces and line breaks around it; offsets are JavaScript string offsets, end exclusive.
 */
export function sentenceAround(
  text: string,
  starts: readonly number[],
  start: number,
  end: number,
): Sentence {
  const first = sentenceIndex(starts, start);
  const last = sentenceIndex(starts, Math.max(start, end - 1));
  let from = starts[first] as number;
  let to = starts[last + 1] ?? text.length;
  while (to > from && /\s/.test(text[to - 1] as string)) to -= 1;
  while (from < to && /\s/.test(text[from] as string)) from += 1;
  // A quote that takes in the spaces around its sentence keeps them: the sentence holds the quote.
  from = Math.min(from, start);
  to = Math.max(to, end);
  return { text: text.slice(from, to), start: from, end: to };
}
