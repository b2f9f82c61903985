import type { DateMention } from './dates.js';
import type { Mention } from './mentions.js';
import type { Span } from './speech.js';
import type { Sentence } from './text.js';

/**
 * Sources the article cites: "The Washington Post reported that …" (a news report, published by
 * the outlet, and what it said: a statement whose speaker is the cited source, with its evidence
 * in the article), and an embedded tweet's signature line ("— Name (@handle) March 2, 2017").
 * See docs/model.md, "Sources citing sources".
 */
export interface CitationProposal {
  kind: 'news-report' | 'tweet';
  /** The outlet or account (an organisation entity), when the text names one. */
  publisher?: string;
  publisherName: string;
  handle?: string;
  published?: DateMention;
  /** Where the cited source is named in the article. */
  evidence: Span;
  /** What it said, when the article says what: a paraphrase. */
  said?: { text: string; evidence: Span };
  sentence: number;
  rule: string;
}

const REPORTED =
  /^\s+(?:first\s+|also\s+|later\s+|previously\s+)?(reported|revealed|wrote|said|disclosed)\b/i;

export function findCitations(
  text: string,
  sentences: Sentence[],
  mentions: Mention[],
  dates: DateMention[],
): CitationProposal[] {
  const out: CitationProposal[] = [];
  sentences.forEach((sentence, index) => {
    const tweet = tweetSignature(text, sentence, mentions, dates);
    if (tweet) {
      out.push({ ...tweet, sentence: index });
      return;
    }
    for (const m of mentions) {
      if (m.sentence !== index || m.kind !== 'org' || m.orgKind !== 'media-outlet' || !m.entity)
        continue;
      const after = text.slice(m.end, sentence.end);
      const verb = REPORTED.exec(after);
      const according = /according to\s+(?:the\s+)?$/i.test(text.slice(sentence.start, m.start));
      if (!verb && !according) continue;
      const published = verb
        ? dates.find((d) => d.start >= m.end && d.start < m.end + verb[0].length + 30)
        : undefined;
      const that = verb ? /\bthat\s+/.exec(after.slice(verb[0].length, verb[0].length + 60)) : null;
      const from =
        that && verb ? m.end + verb[0].length + that.index + that[0].length : sentence.start;
      let end = sentence.end;
      while (end > from && /[\s.]/.test(text[end - 1] ?? '')) end -= 1;
      const words = text.slice(from, end);
      const evidenceStart = according ? sentence.start : m.start;
      out.push({
        kind: 'news-report',
        publisher: m.entity,
        publisherName: m.text,
        ...(published ? { published } : {}),
        evidence: { start: m.start, end: m.end },
        ...(words.length > 10 && from < end
          ? { said: { text: sentenceText(words), evidence: { start: evidenceStart, end } } }
          : {}),
        sentence: index,
        rule: verb ? `"${m.text}${verb[0]}"` : `"according to ${m.text}"`,
      });
    }
  });
  return out;
}

/** "— Maine First Media (@MaineFirstMedia) March 2, 2017": an embedded tweet's signature. */
function tweetSignature(
  text: string,
  sentence: Sentence,
  mentions: Mention[],
  dates: DateMention[],
): Omit<CitationProposal, 'sentence'> | undefined {
  const m = /^[—–-]\s*(.+?)\s*\((@\w+)\)\s*(.+?)\s*$/.exec(sentence.text);
  if (!m?.[1] || !m[2]) return undefined;
  const published = dates.find((d) => d.start >= sentence.start && d.end <= sentence.end);
  if (!published) return undefined;
  const nameStart = sentence.start + sentence.text.indexOf(m[1]);
  const publisher = mentions.find(
    (x) => x.kind === 'org' && x.start === nameStart && x.entity,
  )?.entity;
  let end = sentence.end;
  while (end > sentence.start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return {
    kind: 'tweet',
    ...(publisher ? { publisher } : {}),
    publisherName: m[1],
    handle: m[2],
    published,
    evidence: { start: sentence.start, end },
    rule: 'an embedded tweet\'s signature: "— name (@handle) date"',
  };
}

function sentenceText(words: string): string {
  const t = words.trim();
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
