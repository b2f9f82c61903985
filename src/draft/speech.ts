import { isFemaleName, isMaleName, SPEECH_VERBS } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Sentence, Token } from './text.js';

/**
 * Who says what: direct quotes (straight or curly quotation marks) with their attribution ("X
 * said", "said X", "X told Y", "according to X"), quotes that continue an attributed one,
 * reported speech ("X said that …", "X asserted that …") and public calls ("X called for Y to
 * resign"). A speaker is a named mention, a pronoun resolved to the one person it can be, or an
 * unnamed group ("a growing number of lawmakers"); when none is found, the speaker is left
 * unknown for the curator, never guessed.
 */
export type Speaker =
  | { kind: 'entity'; entity: string; start: number; end: number }
  | { kind: 'group'; name: string; head: string; start: number; end: number }
  | { kind: 'unknown' };

export type Medium =
  | 'news-conference'
  | 'written-statement'
  | 'hearing-testimony'
  | 'tweet'
  | 'article'
  | 'public-calls';

export interface Span {
  start: number;
  end: number;
}

export interface SpeechProposal {
  textKind: 'quote' | 'paraphrase';
  text: string;
  speaker: Speaker;
  /** "Sessions spokesperson Sarah Isgur Flores": the entity spoken for. */
  onBehalfOf?: string;
  medium: Medium;
  /** Where the words and their attribution are: the evidence. */
  evidence: Span[];
  /** The words around the verb of saying, where a date of saying is looked for. */
  attribution?: Span;
  sentence: number;
  rule: string;
  /** Calls: what the speaker demands of whom ("resign", "recuse"). */
  demands?: { of: string; action: 'resign' | 'recuse'; evidence: Span }[];
}

interface Quote extends Span {
  /** Inside the marks. */
  inner: Span;
  paragraph: number;
}

const lower = (s: string) => s.toLowerCase();
const PRONOUNS: Record<string, 'male' | 'female' | 'any'> = { he: 'male', she: 'female' };

export class SpeechFinder {
  private readonly quotes: Quote[];
  constructor(
    private readonly text: string,
    private readonly sentences: Sentence[],
    private readonly mentions: Mention[],
  ) {
    this.quotes = findQuotes(text, sentences);
  }

  find(): SpeechProposal[] {
    return [...this.directQuotes(), ...this.reportedSpeech(), ...this.calls()].sort(
      (a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0),
    );
  }

  /** Spans of the quotes: reported speech inside a quote is the quote's, not the narrator's. */
  get quoteSpans(): Span[] {
    return this.quotes;
  }

  private insideQuote = (at: number) => this.quotes.some((q) => q.start <= at && at < q.end);

  private sentenceAt(at: number): number {
    return this.sentences.findIndex((s) => s.start <= at && at < s.end + 1);
  }

  private directQuotes(): SpeechProposal[] {
    const out: SpeechProposal[] = [];
    let previous: SpeechProposal | undefined;
    let previousQuote: Quote | undefined;
    for (const quote of this.quotes) {
      const words = this.text.slice(quote.inner.start, quote.inner.end).trim();
      const attributed = this.attribute(quote);
      const continues =
        !attributed &&
        previous &&
        previousQuote &&
        quote.paragraph - previousQuote.paragraph <= 1 &&
        !this.speechBetween(previousQuote.end, quote.start);
      if (!attributed && !continues && words.split(/\s+/).length < 5) continue; // a term in quotes
      if (continues && previous) {
        previous.text = `${previous.text} ${sentenceText(words)}`;
        previous.evidence.push({ start: quote.start, end: quote.end });
        previousQuote = quote;
        continue;
      }
      const proposal: SpeechProposal = {
        textKind: 'quote',
        text: sentenceText(words),
        speaker: attributed?.speaker ?? { kind: 'unknown' },
        medium: attributed
          ? mediumOf(this.text.slice(attributed.span.start, attributed.span.end))
          : 'article',
        evidence: [
          { start: quote.start, end: quote.end },
          ...(attributed && attributed.span.start >= quote.end ? [attributed.span] : []),
        ],
        sentence: this.sentenceAt(quote.start),
        rule: attributed?.rule ?? 'a quote with no speaker found: left for the curator',
        ...(attributed?.onBehalfOf ? { onBehalfOf: attributed.onBehalfOf } : {}),
        ...(attributed ? { attribution: attributed.span } : {}),
      };
      if (attributed && attributed.span.end <= quote.start)
        proposal.evidence.unshift(attributed.span);
      out.push(proposal);
      previous = proposal;
      previousQuote = quote;
    }
    return out;
  }

  /** Whether someone else is said to speak between two quotes (then the second does not continue the first). */
  private speechBetween(from: number, to: number): boolean {
    const between = this.text.slice(from, to);
    return (
      this.sentences.some(
        (s) =>
          s.start >= from &&
          s.end <= to &&
          s.tokens.some((t) => SPEECH_VERBS.has(lower(t.text)) && !this.insideQuote(t.start)),
      ) && /[.!?]/.test(between)
    );
  }

  /** The attribution of a quote: after it in its sentence (",” X said"), or before it ("X said: “"). */
  private attribute(
    quote: Quote,
  ): { speaker: Speaker; span: Span; rule: string; onBehalfOf?: string } | undefined {
    const sentence = this.sentences[this.sentenceAt(Math.max(quote.end - 1, quote.start))];
    if (!sentence) return undefined;
    const nextQuote = this.quotes.find((q) => q.start >= quote.end);
    const stop = Math.min(sentence.end, nextQuote?.start ?? Infinity);
    const after = sentence.tokens.filter((t) => t.start >= quote.end && t.end <= stop);
    const verbAt = after.findIndex((t, i) => i <= 6 && SPEECH_VERBS.has(lower(t.text)));
    if (verbAt >= 0) {
      const verb = after[verbAt] as Token;
      const spanEnd = trimEnd(this.text, quote.end, stop);
      const spanStart =
        after[0]?.text === ',' ? (after[1]?.start ?? verb.start) : (after[0]?.start ?? verb.start);
      const subject =
        this.subjectBefore(quote.end, verb.start) ?? this.subjectAfter(verb.end, stop);
      if (subject) {
        return {
          speaker: subject,
          span: { start: Math.min(spanStart, verb.start), end: Math.max(spanEnd, verb.end) },
          rule: `a quote attributed by "${this.text.slice(Math.min(spanStart, verb.start), verb.end)}"`,
          ...this.onBehalf(subject),
        };
      }
    }
    // "X said in a statement: “…”"
    const openSentence = this.sentences[this.sentenceAt(quote.start)];
    if (!openSentence) return undefined;
    const lead = this.text.slice(openSentence.start, quote.start);
    const intro = /([,:])\s*$/.exec(lead);
    if (!intro) return this.accordingTo(quote, sentence);
    const before = openSentence.tokens.filter((t) => t.end <= quote.start);
    const verb = [...before].reverse().find((t) => SPEECH_VERBS.has(lower(t.text)));
    if (!verb) return this.accordingTo(quote, sentence);
    const subject = this.subjectBefore(openSentence.start, verb.start);
    if (!subject) return undefined;
    const start = subject.kind === 'unknown' ? verb.start : subject.start;
    return {
      speaker: subject,
      span: { start, end: trimEnd(this.text, start, quote.start - intro[0].length + 1) },
      rule: `a quote introduced by "${this.text.slice(start, verb.end)}"`,
      ...this.onBehalf(subject),
    };
  }

  private accordingTo(quote: Quote, sentence: Sentence) {
    const m = /according to\s+/i.exec(sentence.text);
    if (!m) return undefined;
    const at = sentence.start + m.index + m[0].length;
    const subject = this.mentionAt(at, at + 60, 'first');
    if (subject?.kind !== 'entity') return undefined;
    return {
      speaker: subject,
      span: { start: sentence.start + m.index, end: subject.end },
      rule: `a quote attributed "according to" ${this.text.slice(subject.start, subject.end)}`,
    };
  }

  /** "Sessions spokesperson Sarah Isgur Flores": Flores speaks on Sessions' behalf. */
  private onBehalf(subject: Speaker): { onBehalfOf?: string } {
    if (subject.kind !== 'entity') return {};
    const before = this.text.slice(Math.max(0, subject.start - 60), subject.start);
    if (!/\b(?:spokesperson|spokesman|spokeswoman|press secretary)\s+$/i.test(before)) return {};
    const principal = this.mentions
      .filter((m) => m.kind === 'person' && m.end <= subject.start && m.start >= subject.start - 60)
      .at(-1);
    return principal?.entity && principal.entity !== subject.entity
      ? { onBehalfOf: principal.entity }
      : {};
  }

  /** The speaker named just before a verb, between `from` and the verb: the last name (the head). */
  private subjectBefore(from: number, verbStart: number): Speaker | undefined {
    const between = this.text.slice(from, verbStart);
    // Only a short noun phrase may stand between: "Sessions spokesperson Sarah Isgur Flores".
    if (/[.;!?]/.test(between.replace(/^[\s,”"’']+/, '')) || between.split(/\s+/).length > 9)
      return undefined;
    const named = this.mentionAt(from, verbStart, 'last');
    if (named) return named;
    const pronoun = /\b(he|she)\s+(?:also\s+|later\s+|then\s+)?$/i.exec(between);
    if (pronoun?.[1]) return this.resolvePronoun(pronoun[1], from + (pronoun.index ?? 0));
    return this.groupIn(from, verbStart);
  }

  private subjectAfter(from: number, to: number): Speaker | undefined {
    const named = this.mentionAt(from, Math.min(to, from + 80), 'first');
    if (named) return named;
    const pronoun = /^\s*(he|she)\b/i.exec(this.text.slice(from, to));
    return pronoun?.[1] ? this.resolvePronoun(pronoun[1], from) : undefined;
  }

  private mentionAt(
    from: number,
    to: number,
    which: 'first' | 'last',
  ): Extract<Speaker, { kind: 'entity' }> | undefined {
    const inside = this.mentions.filter(
      (m) =>
        m.start >= from && m.end <= to && m.entity && (m.kind === 'person' || m.kind === 'org'),
    );
    // Prefer a person to the organisation in the same phrase ("White House spokesman Sean Spicer").
    const people = inside.filter((m) => m.kind === 'person');
    const pool = people.length > 0 ? people : inside;
    const m = which === 'first' ? pool[0] : pool.at(-1);
    return m?.entity ? { kind: 'entity', entity: m.entity, start: m.start, end: m.end } : undefined;
  }

  /**
   * "he" is the one person it can be: the last person named before it in its sentence, else in
   * the sentence before; a given name of the other sex rules a person out. Otherwise unknown.
   */
  resolvePronoun(pronoun: string, at: number): Speaker {
    const sex = PRONOUNS[lower(pronoun)] ?? 'any';
    const index = this.sentenceAt(at);
    for (const s of [index, index - 1]) {
      const sentence = this.sentences[s];
      if (!sentence) continue;
      const people = this.mentions.filter(
        (m) =>
          m.kind === 'person' &&
          m.entity &&
          m.sentence === s &&
          m.end <= at &&
          !this.insideQuote(m.start) &&
          !this.isModifier(m) &&
          fits(m.text, sex),
      );
      const entities = [...new Set(people.map((m) => m.entity))];
      const last = people.at(-1);
      if (last?.entity && (s === index || entities.length === 1))
        return { kind: 'entity', entity: last.entity, start: last.start, end: last.end };
    }
    return { kind: 'unknown' };
  }

  /** "the Trump campaign": a name used as a modifier is no referent for a pronoun. */
  private isModifier(m: Mention): boolean {
    return this.mentions.some(
      (o) => o !== m && o.kind === 'org' && o.start <= m.start && m.end < o.end,
    );
  }

  /** "a growing number of lawmakers": an unnamed group, named by its plural head noun. */
  private groupIn(from: number, to: number): Speaker | undefined {
    const phrase = this.text.slice(from, to);
    const m =
      /\b((?:a|an|the|some|several|many|most|two|three|four|dozens of)\s+(?:[a-z-]+\s+){0,4}?(?:of\s+)?([a-z]+(?:ers|ors|ists|ans|ials|ents|ants|ives|ats|cans|ors|ies|s)))\s*(?:have|has|had)?\s*(?:\w+ly\s+)?$/i.exec(
        phrase,
      );
    if (!m?.[1] || !m[2]) return undefined;
    const start = from + (m.index ?? 0);
    return { kind: 'group', name: m[1], head: m[2], start, end: start + m[1].length };
  }

  /** "X said that …", "X asserted that …, and that …": the report's paraphrase of X. */
  private reportedSpeech(): SpeechProposal[] {
    const out: SpeechProposal[] = [];
    this.sentences.forEach((sentence, index) => {
      const tokens = sentence.tokens;
      tokens.forEach((verb, i) => {
        if (!SPEECH_VERBS.has(lower(verb.text)) || this.insideQuote(verb.start)) return;
        const that = tokens.slice(i + 1, i + 8).find((t) => lower(t.text) === 'that');
        if (!that || /[“”"]/.test(this.text.slice(verb.end, that.start))) return;
        // Only asides may stand between the verb and "that": ", however,", "in a statement".
        const gap = this.text.slice(verb.end, that.start);
        if (
          !/^(?:\s*,?\s*(?:however|also|again|repeatedly|in a (?:written )?statement|on \w+(?: \w+)?|to reporters|\w+ly)\s*,?)*\s*$/i.test(
            gap,
          )
        )
          return;
        const subjectFrom = Math.max(
          sentence.start,
          clauseStart(this.text, sentence.start, verb.start),
        );
        const subject = this.subjectBefore(
          subjectFrom,
          auxStart(this.text, subjectFrom, verb.start),
        );
        if (!subject || subject.kind === 'unknown') return;
        clauses(this.text, that.end, sentence.end).forEach((clause, n) => {
          // A short clause ("that he did not") needs its sentence's context to be understood.
          const shortOne = clause.end - clause.start < 40;
          const start = shortOne ? subjectFrom : n === 0 ? subject.start : clause.start;
          out.push({
            textKind: 'paraphrase',
            text: sentenceText(this.text.slice(clause.start, clause.end)),
            speaker: subject,
            medium: mediumOf(this.text.slice(sentence.start, that.end)),
            evidence: [{ start, end: clause.end }],
            attribution: { start: subject.start, end: that.end },
            ...this.onBehalf(subject),
            sentence: index,
            rule: `reported speech: "${this.text.slice(subject.start, that.end)} …"`,
          });
        });
      });
    });
    return out;
  }

  /** "a growing number of lawmakers have publicly called for Sessions to resign, or recuse himself …" */
  private calls(): SpeechProposal[] {
    const out: SpeechProposal[] = [];
    this.sentences.forEach((sentence, index) => {
      const m = /\b(?:called|calling|calls|call)\s+(?:for|on)\s+|\b(?:urged|urging|urges)\s+/i.exec(
        sentence.text,
      );
      if (!m) return;
      const verbStart = sentence.start + m.index;
      const objectFrom = verbStart + m[0].length;
      const target = this.mentions.find((x) => x.kind === 'person' && x.start === objectFrom);
      if (!target?.entity || this.insideQuote(verbStart)) return;
      const from = clauseStart(this.text, sentence.start, verbStart);
      const subject = this.subjectBefore(from, verbStart);
      if (!subject || subject.kind === 'unknown') return;
      const end = adjunctStart(this.text, target.end, sentence.end);
      const rest = this.text.slice(target.end, end).replace(/^\s*to\s+/, '');
      const evidenceStart = subject.start;
      out.push({
        textKind: 'paraphrase',
        text: sentenceText(`${target.text} should ${rest}`),
        speaker: subject,
        medium: 'public-calls',
        evidence: [{ start: evidenceStart, end }],
        attribution: { start: evidenceStart, end: objectFrom },
        sentence: index,
        rule: `a public call: "${this.text.slice(evidenceStart, target.end)}"`,
        demands: demandsIn(this.text, target.end, end, target.entity),
      });
    });
    return out;
  }
}

/** The verbs of a call that name an action the model knows: resign, recuse. */
function demandsIn(text: string, from: number, to: number, of: string): SpeechProposal['demands'] {
  const out: NonNullable<SpeechProposal['demands']> = [];
  for (const m of text
    .slice(from, to)
    .matchAll(
      /\b(resign|step down|recuse)(?:\s+(?:himself|herself|themselves)(?:\s+from\s+[^,.;]+)?)?/gi,
    )) {
    const start = from + (m.index ?? 0);
    const action = /recuse/i.test(m[1] ?? '') ? 'recuse' : 'resign';
    out.push({ of, action, evidence: { start, end: start + m[0].length } });
  }
  return out;
}

const fits = (name: string, sex: 'male' | 'female' | 'any') => {
  const first = name.split(/\s+/)[0] ?? '';
  if (sex === 'male') return !isFemaleName(first) || isMaleName(first);
  if (sex === 'female') return !isMaleName(first) || isFemaleName(first);
  return true;
};

/** The start of the clause a verb is in: after the last comma, semicolon or conjunction before it. */
function clauseStart(text: string, from: number, verb: number): number {
  const before = text.slice(from, verb);
  const m =
    /.*(?:[,;:]\s+(?:and\s+|but\s+|as\s+|while\s+)?|\b(?:as|while|when|after|because)\s+)/s.exec(
      before,
    );
  return m ? from + m[0].length : from;
}

/** "Sessions did announce": the subject ends before "did". */
function auxStart(text: string, from: number, verb: number): number {
  const m =
    /\s+(?:did|has|had|have|also|later|then|repeatedly|again|previously)(?:\s+(?:did|has|had|also|repeatedly|not))*\s*$/i.exec(
      text.slice(from, verb),
    );
  return m ? from + (m.index ?? 0) : verb;
}

/** The reported clauses after "that", split at ", and that …". */
function clauses(text: string, from: number, to: number): Span[] {
  const end = trimEnd(text, from, to);
  const body = text.slice(from, end);
  const parts: Span[] = [];
  let at = 0;
  for (const m of body.matchAll(/,?\s+and\s+that\s+/g)) {
    parts.push({ start: from + at, end: from + (m.index ?? 0) });
    at = (m.index ?? 0) + m[0].length;
  }
  parts.push({ start: from + at, end });
  return parts
    .map((p) => ({
      start: p.start + (/^\s*/.exec(text.slice(p.start, p.end))?.[0].length ?? 0),
      end: p.end,
    }))
    .filter((p) => p.end > p.start);
}

/** Where the call's own words end: before ", over …", ", after …" (the report's context). */
function adjunctStart(text: string, from: number, to: number): number {
  const rest = text.slice(from, to);
  const m = /,\s+(?:over|after|amid|following|because|since|as|when|while|citing)\b/.exec(rest);
  return m ? from + m.index : trimEnd(text, from, to);
}

/** `to`, moved back over closing punctuation and spaces. */
function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /[\s.,;:]/.test(text[end - 1] ?? '')) end -= 1;
  return end;
}

/** Words as a sentence: a capital first, a full stop last (a comma before "he said" becomes one). */
function sentenceText(words: string): string {
  const trimmed = words.trim().replace(/[,;:]+$/, '');
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

function mediumOf(words: string): Medium {
  if (/\b(?:tweet|tweeted|on twitter|posted on x)\b/i.test(words)) return 'tweet';
  if (/\b(?:testified|testimony|hearing)\b/i.test(words)) return 'hearing-testimony';
  if (/\b(?:statement|wrote|letter|released)\b/i.test(words)) return 'written-statement';
  if (/\b(?:news conference|press conference|briefing|told reporters)\b/i.test(words))
    return 'news-conference';
  return 'article';
}

/** Quotations: curly pairs, and straight double quotes paired in order; an unclosed one runs to its paragraph's end. */
function findQuotes(text: string, sentences: Sentence[]): Quote[] {
  const quotes: Quote[] = [];
  const paragraphOf = (at: number) =>
    sentences.find((s) => s.start <= at && at <= s.end)?.paragraph ?? 0;
  for (const line of text.matchAll(/[^\n]+/g)) {
    const base = line.index;
    const body = line[0];
    const re = /“([^”]*)(”|$)|"([^"]*)("|$)/g;
    for (const m of body.matchAll(re)) {
      const start = base + (m.index ?? 0);
      const closed = Boolean(m[2] ?? m[4]);
      const end = start + m[0].length;
      const inner = { start: start + 1, end: closed ? end - 1 : end };
      if (text.slice(inner.start, inner.end).trim().length === 0) continue;
      quotes.push({ start, end, inner, paragraph: paragraphOf(start) });
    }
  }
  return quotes;
}
