import {
  COUNTRIES,
  isGivenName,
  isKnownSurname,
  isLexiconCountry,
  isLexiconOrganization,
  isPlace,
  MEDIA_HEADS,
  NOT_NAMES,
  ORG_HEADS,
  OUTLETS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLES,
  type OrgKind,
} from './lexicon.js';
import type { Sentence, Token } from './text.js';

/**
 * Names in the text and what they name: people, organisations, countries (also from demonyms:
 * "British"), places (not nodes of the model) and social-media handles. Proper-noun runs come
 * from wink's tags; their kind from the name itself (a given name, an organisation's head word,
 * a title before it) and from what the sentence does with it (a speaker of "said" is a person).
 */
export type MentionKind = 'person' | 'org' | 'country' | 'place' | 'handle' | 'unknown';

export interface Mention {
  start: number;
  end: number;
  /** The name as written (no title, no possessive). */
  text: string;
  kind: MentionKind;
  sentence: number;
  orgKind?: OrgKind;
  /** A title or role noun written before the name ("Ambassador", "spokesperson"), and where it starts. */
  title?: { text: string; start: number };
  /** Weak evidence of a person: a single word compromise knows as a surname. */
  weak?: boolean;
  /** The entity it names, once mentions are clustered (see entities.ts). */
  entity?: string;
}

const lower = (s: string) => s.toLowerCase();
const isCapitalised = (t: Token) => /^[A-Z]/.test(t.text) && /[A-Za-z]/.test(t.text);

/**
 * A token that can be part of a name: a capitalised proper noun. Sentence-initially, where every
 * word is capitalised, wink must say PROPN, or the word must be a name elsewhere in the text
 * ("Lena Park said … Park met …").
 */
function nameLike(tokens: Token[], index: number, names: Set<string> = new Set()): boolean {
  const t = tokens[index];
  if (!t || !isCapitalised(t) || NOT_NAMES.has(lower(t.text))) return false;
  if (t.pos === 'PROPN') return true;
  if (index === 0) return names.has(t.text);
  // After an opening quote a capital starts a sentence, not a name.
  const prev = tokens[index - 1];
  if (prev && /^["“‘'(—–-]$/.test(prev.text)) return false;
  return ['NOUN', 'ADJ', 'X', 'VERB', 'NUM'].includes(t.pos);
}

const CONNECTORS = new Set(['of', 'for', '&', 'de', 'van', 'von', 'al', 'bin']);
/** Words after a name that make it its owner's: "the Trump campaign" names Trump. */
export const OWNED = new Set([
  'campaign',
  'administration',
  'presidency',
  'aides',
  'aide',
  'allies',
  'family',
  'team',
  'associates',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'transition',
]);

/** Every name in every sentence, classified as far as the name and its sentence tell. */
export function findMentions(sentences: Sentence[]): Mention[] {
  const mentions: Mention[] = [];
  const names = new Set<string>();
  for (const s of sentences)
    s.tokens.forEach((t, i) => i > 0 && nameLike(s.tokens, i) && names.add(t.text));
  sentences.forEach((sentence, index) => {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (token && /^@\w{2,}$/.test(token.text)) {
        mentions.push({ ...span(token, token), text: token.text, kind: 'handle', sentence: index });
        continue;
      }
      if (!nameLike(tokens, i, names)) continue;
      let j = i + 1;
      for (;;) {
        if (nameLike(tokens, j)) j += 1;
        else if (CONNECTORS.has(lower(tokens[j]?.text ?? '')) && nameLike(tokens, j + 1)) j += 2;
        else break;
      }
      mentions.push(...classifyRun(sentence, tokens.slice(i, j), index));
      i = j - 1;
    }
  });
  promoteByContext(sentences, mentions);
  return [...mentions, ...campaigns(sentences, mentions)].sort((a, b) => a.start - b.start);
}

/** "the Trump campaign": an organisation (a campaign) named after a person. */
function campaigns(sentences: Sentence[], mentions: Mention[]): Mention[] {
  return mentions.flatMap((m) => {
    if (m.kind !== 'person') return [];
    const tokens = sentences[m.sentence]?.tokens ?? [];
    const last = tokens.findIndex((t) => t.end === m.end);
    const next = tokens[last + 1];
    if (!next || lower(next.text) !== 'campaign' || next.start !== m.end + 1) return [];
    return [
      {
        start: m.start,
        end: next.end,
        text: `${m.text} campaign`,
        kind: 'org' as const,
        orgKind: 'campaign' as const,
        sentence: m.sentence,
      },
    ];
  });
}

const span = (first: Token, last: Token) => ({ start: first.start, end: last.end });

/** One run of capitalised tokens: peel titles and demonyms off its front, then classify the rest. */
function classifyRun(sentence: Sentence, run: Token[], index: number): Mention[] {
  let tokens = stripArticle(run);
  const out: Mention[] = [];
  const whole = orgOf(tokens);
  if (whole) return [{ ...mentionOf(tokens, index), kind: 'org', orgKind: whole }];
  // "Russian Ambassador Sergey Kislyak": a country, a title, a name.
  while (tokens.length > 1) {
    const two =
      tokens.length > 2 ? COUNTRIES.get(lower(`${tokens[0]?.text} ${tokens[1]?.text}`)) : undefined;
    const size = two ? 2 : COUNTRIES.has(lower(tokens[0]?.text ?? '')) ? 1 : 0;
    if (size === 0 || COUNTRIES.has(lower(joined(tokens)))) break;
    out.push({ ...mentionOf(tokens.slice(0, size), index), kind: 'country' });
    tokens = tokens.slice(size);
  }
  let title: Mention['title'];
  const titleStart = tokens[0]?.start ?? 0;
  let titleEnd = 0;
  while (titleEnd < tokens.length - 1 && TITLES.has(lower(tokens[titleEnd]?.text ?? '')))
    titleEnd += 1;
  if (titleEnd > 0) {
    title = {
      text: sentenceSlice(sentence, titleStart, tokens[titleEnd - 1]?.end ?? 0),
      start: titleStart,
    };
    tokens = tokens.slice(titleEnd);
  } else {
    title = roleNounBefore(sentence, tokens[0]);
  }
  if (tokens.length === 0) return out;
  const mention = mentionOf(tokens, index);
  const kind = kindOf(tokens, title !== undefined);
  out.push({ ...mention, ...kind, ...(title && kind.kind === 'person' ? { title } : {}) });
  return out;
}

const joined = (tokens: Token[]) => tokens.map((t) => t.text).join(' ');
const sentenceSlice = (sentence: Sentence, start: number, end: number) =>
  sentence.text.slice(start - sentence.start, end - sentence.start);

function mentionOf(tokens: Token[], sentence: number): Omit<Mention, 'kind'> {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  return { start: first.start, end: last.end, sentence, ...withText(first, last, tokens) };
}
const withText = (_first: Token, _last: Token, tokens: Token[]) => ({
  // Tokens are contiguous in the text, save single spaces: rebuild the exact words from offsets.
  text: tokens.reduce(
    (out, t, i) =>
      out +
      (i === 0 ? '' : ' '.repeat(Math.max(1, t.start - (tokens[i - 1]?.end ?? t.start)))) +
      t.text,
    '',
  ),
});

/** "The Washington Post" is named "Washington Post". */
function stripArticle(run: Token[]): Token[] {
  return run.length > 1 && lower(run[0]?.text ?? '') === 'the' ? run.slice(1) : run;
}

/** The organisation kind when the run names one (its head word, an outlet, compromise's lexicon). */
function orgOf(tokens: Token[]): OrgKind | undefined {
  const name = joined(tokens);
  const head = lower(tokens[tokens.length - 1]?.text ?? '');
  if (OUTLETS.has(lower(name))) return 'media-outlet';
  if (tokens.length >= 2 && MEDIA_HEADS.has(head)) return 'media-outlet';
  const kind = ORG_HEADS[head];
  if (
    kind &&
    (tokens.length >= 2 ||
      ['senate', 'congress', 'pentagon', 'kremlin', 'parliament'].includes(head))
  )
    return kind;
  if (isLexiconOrganization(name)) return 'organization';
  if (/^[A-Z]{2,6}$/.test(name) && !COUNTRIES.has(lower(name)) && !NOT_NAMES.has(lower(name)))
    return 'organization';
  return undefined;
}

function kindOf(tokens: Token[], titled: boolean): Pick<Mention, 'kind' | 'orgKind' | 'weak'> {
  const name = joined(tokens);
  const org = orgOf(tokens);
  if (org) return { kind: 'org', orgKind: org };
  if (COUNTRIES.has(lower(name)) || isLexiconCountry(name)) return { kind: 'country' };
  if (titled) return { kind: 'person' };
  const first = tokens[0]?.text ?? '';
  const last = tokens[tokens.length - 1]?.text ?? '';
  if (tokens.length >= 2 && (isGivenName(first) || isKnownSurname(last))) return { kind: 'person' };
  if (isPlace(name)) return { kind: 'place' };
  if (tokens.length === 1 && isKnownSurname(first)) return { kind: 'person', weak: true };
  return { kind: 'unknown' };
}

/** "spokesperson Sarah Isgur Flores": a lower-case role noun just before the name. */
function roleNounBefore(sentence: Sentence, first: Token | undefined): Mention['title'] {
  if (!first) return undefined;
  const at = sentence.tokens.indexOf(first);
  const before = sentence.tokens[at - 1];
  if (!before || !ROLE_NOUNS.has(lower(before.text)) || !/^[a-z]/.test(before.text))
    return undefined;
  return { text: before.text, start: before.start };
}

/**
 * What the sentence does with a name decides an unknown or weak one: the subject or object of a
 * speech verb, "according to" it, the owner of a campaign or spokesperson, is a person.
 */
function promoteByContext(sentences: Sentence[], mentions: Mention[]): void {
  const promoted = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'unknown' && !(m.kind === 'person' && m.weak)) continue;
    const sentence = sentences[m.sentence];
    if (!sentence) continue;
    if (accountName(sentence, m)) {
      // "— Capital News Desk (@CapitalDesk)": an account, named as an organisation.
      m.kind = 'org';
      m.orgKind = 'organization';
      delete m.weak;
    } else if (reports(sentence, m)) {
      // "The Morning Ledger reported that …": a name that reports is a news outlet.
      m.kind = 'org';
      m.orgKind = 'media-outlet';
      delete m.weak;
    } else if (speaksOrOwns(sentence, m)) promoted.add(m.text);
  }
  // A surname of a person named in full is that person ("Sergey Kislyak" … "Kislyak declined").
  const surnames = new Set(
    mentions
      .filter((m) => m.kind === 'person' && m.text.includes(' '))
      .map((m) => m.text.split(/\s+/).at(-1)),
  );
  for (const m of mentions)
    if (
      (m.kind === 'unknown' || m.kind === 'place') &&
      !m.text.includes(' ') &&
      surnames.has(m.text)
    )
      promoted.add(m.text);
  // A name promoted once is a person everywhere ("Sessions" said …; "Sessions’ hearing").
  for (const m of mentions) {
    if (!promoted.has(m.text)) continue;
    if (m.kind === 'unknown' || m.kind === 'person' || m.kind === 'place') {
      m.kind = 'person';
      delete m.weak;
    }
  }
}

/** A name followed by its social-media handle in brackets. */
function accountName(sentence: Sentence, m: Mention): boolean {
  return m.kind === 'unknown' && /^\s*\(@\w+\)/.test(sentence.text.slice(m.end - sentence.start));
}

/** A multi-word name followed by "reported" or "revealed". */
function reports(sentence: Sentence, m: Mention): boolean {
  if (m.kind !== 'unknown' || !m.text.includes(' ')) return false;
  return /^\s+(?:first\s+|also\s+)?(?:reported|revealed)\b/.test(
    sentence.text.slice(m.end - sentence.start),
  );
}

function speaksOrOwns(sentence: Sentence, m: Mention): boolean {
  const tokens = sentence.tokens;
  const first = tokens.findIndex((t) => t.start === m.start);
  const last = tokens.findIndex((t) => t.end === m.end);
  if (first < 0 || last < 0) return false;
  const after = tokens.slice(last + 1, last + 4).map((t) => lower(t.text));
  const next = after[0] === '’' || after[0] === "'s" || after[0] === "'" ? after[1] : after[0];
  // "Sessions said", "Sessions did announce", "Sessions has repeatedly denied"
  const verb = after.find(
    (w) =>
      ![
        'did',
        'has',
        'had',
        'also',
        'later',
        'repeatedly',
        'then',
        'again',
        'however',
        ',',
      ].includes(w),
  );
  if (verb && SPEECH_VERBS.has(verb) && after.indexOf(verb) <= 2) return true;
  if (next && OWNED.has(next)) return true;
  const before = tokens.slice(Math.max(0, first - 2), first).map((t) => lower(t.text));
  if (before.join(' ') === 'according to') return true;
  // ", said Sessions"
  return (
    before.length > 0 &&
    SPEECH_VERBS.has(before[before.length - 1] ?? '') &&
    /^[,”"]/.test(tokens[first - 2]?.text ?? '')
  );
}
