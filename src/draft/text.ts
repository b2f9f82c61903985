import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The article as spans of its own text: paragraphs (lines), sentences and tokens, each with
 * JavaScript string offsets into the source text, so that every proposal quotes it exactly.
 * Tokens and parts of speech come from wink-nlp (its English model ships in an npm package,
 * nothing is downloaded); sentences are split by our own rules, because a newline always ends
 * one in news text (datelines, embedded tweets) and wink joins such lines.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag (PROPN, NOUN, VERB, …). */
  pos: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  tokens: Token[];
}

export interface ArticleText {
  text: string;
  sentences: Sentence[];
}

let nlp: ReturnType<typeof winkNLP> | undefined;
/** Loaded on first use (about 150 ms): a draft of nothing should not pay for it. */
const wink = () => (nlp ??= winkNLP(model, ['sbd', 'pos']));

// Words whose period does not end a sentence: titles, initials, months, "U.S.", "p.m.".
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr sen rep gov gen lt col capt sgt adm st jr sr prof rev hon pres supt ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc corp co ltd no vs etc approx dept univ est ' +
    'u.s u.k u.n e.u d.c a.m p.m ala ariz ark calif colo conn del fla ga ill ind kan ky la md ' +
    'mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
);

/** Where each sentence of a paragraph ends (exclusive offsets into the paragraph). */
export function sentenceEnds(paragraph: string): number[] {
  const ends: number[] = [];
  const boundary = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9@—–-])/g;
  for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
    const before = /([A-Za-z.]+)\.+["'”’)\]]*$/.exec(
      paragraph.slice(0, match.index + match[0].length),
    );
    const word = before?.[1]?.toLowerCase() ?? '';
    // "J." (an initial), "U.S.", "Sen.": the period belongs to the word.
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word))) continue;
    ends.push(match.index + match[0].length);
  }
  ends.push(paragraph.trimEnd().length);
  return ends;
}

/** Splits the text into sentences with their tokens (parts of speech tagged per paragraph). */
export function analyse(text: string): ArticleText {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lineStart = line.index;
    const body = line[0];
    if (body.trim() === '') continue;
    const tokens = tokenize(body, lineStart);
    let from = 0;
    for (const end of sentenceEnds(body)) {
      const lead = body.slice(from, end).search(/\S/);
      if (lead >= 0 && end > from + lead) {
        const start = lineStart + from + lead;
        const stop = lineStart + end;
        sentences.push({
          start,
          end: stop,
          text: text.slice(start, stop),
          paragraph,
          tokens: tokens.filter((t) => t.start >= start && t.end <= stop),
        });
      }
      from = end;
    }
    paragraph += 1;
  }
  return { text, sentences };
}

/** wink's tokens of one line, placed in the text by their preceding spaces. */
function tokenize(line: string, offset: number): Token[] {
  const engine = wink();
  // wink's `its` helpers are plain functions that read a token, not methods of `its`.
  /* eslint-disable @typescript-eslint/unbound-method */
  const { precedingSpaces, pos } = engine.its;
  /* eslint-enable @typescript-eslint/unbound-method */
  const tokens: Token[] = [];
  let at = 0;
  engine
    .readDoc(line)
    .tokens()
    .each((token: ItemToken) => {
      const word = token.out();
      at += String(token.out(precedingSpaces)).length;
      // wink keeps the text; a token it normalised (rare) is found by search to stay exact.
      const found = line.startsWith(word, at) ? at : line.indexOf(word, at);
      if (found < 0) return;
      tokens.push({
        text: word,
        start: offset + found,
        end: offset + found + word.length,
        pos: String(token.out(pos)),
      });
      at = found + word.length;
    });
  return tokens;
}
