/**
 * W3C Web Annotation TextQuoteSelector: the curator writes the exact quote (and a prefix or
 * suffix when the same words occur more than once); we find it in the source and store offsets.
 * Offsets are JavaScript string indexes (UTF-16 code units), end exclusive.
 */
export interface QuoteSelector {
  quote: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

export type Anchor = { start: number; end: number } | { error: string };

export function anchorQuote(text: string, selector: QuoteSelector): Anchor {
  const places: number[] = [];
  for (let at = text.indexOf(selector.quote); at !== -1; at = text.indexOf(selector.quote, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + selector.quote.length);
    if (selector.prefix !== undefined && !before.endsWith(selector.prefix)) continue;
    if (selector.suffix !== undefined && !after.startsWith(selector.suffix)) continue;
    places.push(at);
  }
  const [only] = places;
  if (places.length === 1 && only !== undefined) return { start: only, end: only + selector.quote.length };
  const shown = JSON.stringify(selector.quote.length > 60 ? `${selector.quote.slice(0, 57)}...` : selector.quote);
  if (places.length === 0) {
    const context = selector.prefix !== undefined || selector.suffix !== undefined ? ' with that prefix/suffix' : '';
    return { error: `quote ${shown} is not in the source${context} (it must match the text exactly, quotes and dashes included)` };
  }
  return { error: `quote ${shown} occurs ${places.length} times (at offsets ${places.join(', ')}); add a prefix or suffix to say which` };
}
