import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../src/dataset/anchor.js';

const text = 'Sessions met Kislyak. Later, Sessions met “the press” — twice.';

describe('anchorQuote (W3C TextQuoteSelector)', () => {
  it('finds a unique quote and gives JavaScript string offsets, end exclusive', () => {
    const anchor = anchorQuote(text, { quote: '“the press” — twice' });
    expect(anchor).toEqual({ start: 42, end: 61 });
    if ('start' in anchor) expect(text.slice(anchor.start, anchor.end)).toBe('“the press” — twice');
  });

  it('refuses an ambiguous quote, and a prefix or suffix tells the places apart', () => {
    expect(anchorQuote(text, { quote: 'Sessions met' })).toEqual({
      error: expect.stringMatching(/occurs 2 times \(at offsets 0, 29\)/) as string,
    });
    expect(anchorQuote(text, { quote: 'Sessions met', prefix: 'Later, ' })).toEqual({
      start: 29,
      end: 41,
    });
    expect(anchorQuote(text, { quote: 'Sessions met', suffix: ' Kislyak' })).toEqual({
      start: 0,
      end: 12,
    });
  });

  it('refuses a quote that is not in the text, e.g. straight quotes for curly ones', () => {
    expect(anchorQuote(text, { quote: '"the press"' })).toEqual({
      error: expect.stringMatching(/is not in the source/) as string,
    });
  });

  it('checks a given start offset instead of searching, and says what the text reads there', () => {
    expect(anchorQuote(text, { quote: 'Sessions met', start: 29 })).toEqual({ start: 29, end: 41 });
    expect(anchorQuote(text, { quote: 'Sessions met', start: 30 })).toEqual({
      error: expect.stringMatching(
        /is not at offset 30 \(the text there reads "essions met /,
      ) as string,
    });
    expect(anchorQuote(text, { quote: 'Sessions met', start: 29, prefix: 'Earlier, ' })).toEqual({
      error: expect.stringMatching(/not at offset 29/) as string,
    });
  });

  it('a prefix longer than the text before the quote does not match', () => {
    expect(anchorQuote(text, { quote: 'Sessions met Kislyak', prefix: 'Yesterday ' })).toEqual({
      error: expect.stringMatching(/with that prefix/) as string,
    });
  });
});
