/**
 * W3C Web Annotation TextQuoteSelector: the curator writes the exact quote (and a prefix or
 * suffix when the same words occur more than once); we find it in the source and store offsets.
 * A selector may also say where the quote starts (a TextPositionSelector, as tools that extract
 * facts know it): then the quote must be found exactly there, and anchoring costs the length of
 * the quote instead of a search through the whole text.
 * Offsets are JavaScript string indexes (UTF-16 code units), end exclusive.
 */
export interface QuoteSelector {
  quote: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
  start?: number | undefined;
}

export type Anchor = { start: number; end: number } | { error: string };

/** Does the quote sit at `at`, with the selector's prefix before it and suffix after it? */
function fitsAt(text: string, selector: QuoteSelector, at: number): boolean {
  const { quote, prefix, suffix } = selector;
  if (!text.startsWith(quote, at)) return false;
  if (prefix !== undefined && (at < prefix.length || !text.startsWith(prefix, at - prefix.length)))
    return false;
  return suffix === undefined || text.startsWith(suffix, at + quote.length);
}

const shown = (quote: string) =>
  JSON.stringify(quote.length > 60 ? `${quote.slice(0, 57)}...` : quote);

export function anchorQuote(text: string, selector: QuoteSelector): Anchor {
  if (selector.start !== undefined) {
    if (fitsAt(text, selector, selector.start))
      return { start: selector.start, end: selector.start + selector.quote.length };
    const found = text.slice(selector.start, selector.start + Math.min(selector.quote.length, 60));
    return {
      error: `quote ${shown(selector.quote)} is not at offset ${selector.start} (the text there reads ${JSON.stringify(found)}); fix the offset or leave it out`,
    };
  }
  const places: number[] = [];
  for (
    let at = text.indexOf(selector.quote);
    at !== -1;
    at = text.indexOf(selector.quote, at + 1)
  ) {
    if (fitsAt(text, selector, at)) places.push(at);
  }
  const [only] = places;
  if (places.length === 1 && only !== undefined)
    return { start: only, end: only + selector.quote.length };
  if (places.length === 0) {
    const context =
      selector.prefix !== undefined || selector.suffix !== undefined
        ? ' with that prefix/suffix'
        : '';
    return {
      error: `quote ${shown(selector.quote)} is not in the source${context} (it must match the text exactly, quotes and dashes included)`,
    };
  }
  return {
    error: `quote ${shown(selector.quote)} occurs ${places.length} times (at offsets ${places.join(', ')}); add a prefix or suffix to say which`,
  };
}
