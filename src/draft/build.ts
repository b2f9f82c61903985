import { COLLECTIONS } from '../dataset/index.js';
import { findCitations, type CitationProposal } from './citations.js';
import { findDates, type DateMention } from './dates.js';
import { clusterEntities, linkEntities, type Entity, type KnownEntity } from './entities.js';
import { IdMaker, slug } from './ids.js';
import { findMeetings } from './meetings.js';
import { findMentions, type Mention } from './mentions.js';
import { SpeechFinder, type Speaker, type Span, type SpeechProposal } from './speech.js';
import { analyse, type Sentence } from './text.js';

/** An article to draft: its text (the source text of the dataset) and what is known of it. */
export interface Article {
  /** The article's file, for messages. */
  file: string;
  text: string;
  /** YYYY-MM-DD: what relative dates are resolved against. */
  published: string;
  /** Where the publication date comes from ("--published", the page's metadata). */
  publishedFrom: string;
  title?: string;
  /** Set when the title is not the article's own (none was given or found). */
  titleInferred?: string;
  outlet?: string;
  /** The dataset's name. */
  dataset: string;
  /** The text's file, relative to the dataset file. */
  sourceFile: string;
}

export type Item = Record<string, unknown> & { id: string };
/** A dataset in the project's format (src/dataset/schema.ts), every item marked for review. */
export type DraftDataset = Record<string, unknown> & {
  dataset: string;
  [collection: string]: unknown;
};

/** One proposal with the sentence it came from and the rule that made it (`--explain`). */
export interface Explanation {
  id: string;
  what: string;
  sentence: string;
  rule: string;
}

export interface Draft {
  dataset: DraftDataset;
  explanations: Explanation[];
  /** Dates found that no proposal carries (listed by --explain). */
  dates: DateMention[];
}

export { COLLECTIONS };

const PENDING = 'pending';
const MAX_QUOTE = 2000;

/** Proposes a dataset for one article: entities, statements, meetings, citations, roles, demands. */
export function draftArticle(article: Article, known: KnownEntity[] = []): Draft {
  const { text } = article;
  const analysed = analyse(text);
  const mentions = findMentions(analysed.sentences);
  const entities = clusterEntities(mentions);
  linkEntities(entities, known);
  const dates = findDates(text, article.published);
  const speech = new SpeechFinder(text, analysed.sentences, mentions);
  const builder = new Builder(article, analysed.sentences, entities, dates);
  const citations = findCitations(text, analysed.sentences, mentions, dates);
  builder.citations(citations);
  builder.statements(withoutCited(speech.find(), citations, entities));
  builder.meetings(findMeetings(text, analysed.sentences, mentions, dates, speech));
  builder.roles(mentions);
  return builder.finish();
}

/** "The Post said that …" is the citation's statement already. */
function withoutCited(
  speech: SpeechProposal[],
  citations: CitationProposal[],
  entities: Entity[],
): SpeechProposal[] {
  const outlets = new Set(entities.filter((e) => e.orgKind === 'media-outlet').map((e) => e.key));
  return speech.filter(
    (s) =>
      !(
        s.speaker.kind === 'entity' &&
        outlets.has(s.speaker.entity) &&
        citations.some((c) => c.sentence === s.sentence && c.said)
      ),
  );
}

class Builder {
  private readonly ids = new IdMaker();
  private readonly items = new Map<string, Item[]>(COLLECTIONS.map((c) => [c, []]));
  private readonly explanations: Explanation[] = [];
  private readonly entityIds = new Map<string, string>();
  private readonly used = new Set<string>();
  private readonly sourceId: string;
  private readonly prefix: string;
  private readonly usedDates = new Set<DateMention>();

  constructor(
    private readonly article: Article,
    private readonly sentences: Sentence[],
    private readonly entities: Entity[],
    private readonly dates: DateMention[],
  ) {
    this.prefix = article.dataset;
    this.sourceId = this.ids.make('source', article.dataset);
    for (const e of entities) {
      const id = e.linked?.entity.id ?? this.ids.make(e.kind, e.name);
      this.ids.reserve(id);
      this.entityIds.set(e.key, id);
    }
    this.articleSource();
  }

  private add(
    collection: (typeof COLLECTIONS)[number],
    item: Item,
    at: number,
    what: string,
    rule: string,
  ) {
    this.items.get(collection)?.push(item);
    this.explanations.push({ id: item.id, what, sentence: this.sentenceAround(at), rule });
  }

  private sentenceAround(at: number): string {
    return (
      (this.sentences.find((s) => s.start <= at && at <= s.end) ?? this.sentences[0])?.text ?? ''
    );
  }

  /** An evidence selector: the exact words and where they start (split when over the limit). */
  private evidence(span: Span): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (let start = span.start; start < span.end; start += MAX_QUOTE) {
      const end = Math.min(span.end, start + MAX_QUOTE);
      out.push({ quote: this.article.text.slice(start, end), start });
    }
    return out;
  }

  private dateOf(date: DateMention): Record<string, unknown> {
    this.usedDates.add(date);
    return {
      value: date.value,
      text: date.text,
      ...(date.approximate ? { approximate: true } : {}),
      ...(date.inferred ? { inferred: date.inferred } : {}),
    };
  }

  private articleSource() {
    const a = this.article;
    let publisher: string | undefined;
    if (a.outlet) {
      publisher = this.ids.make('org', a.outlet);
      // The outlet is named on the command line, not in the text: its evidence is the source's own.
      const named = this.entities.find(
        (e) => e.kind === 'org' && e.name.toLowerCase() === a.outlet?.toLowerCase(),
      );
      if (named) publisher = this.entityIds.get(named.key) ?? publisher;
    }
    const first = this.sentences[0];
    const title =
      a.title ?? (first ? first.text.slice(0, 120).replace(/\s+\S*$/, '') + '…' : a.dataset);
    this.add(
      'sources',
      {
        id: this.sourceId,
        review: PENDING,
        title,
        ...(a.title
          ? {}
          : { titleInferred: a.titleInferred ?? 'no title given: the opening words of the text' }),
        kind: 'news-report',
        ...(publisher ? { publisher } : {}),
        publishedAt: { value: a.published, inferred: `given by ${a.publishedFrom}` },
        file: a.sourceFile,
      },
      0,
      'the article',
      `the article itself (${a.file}), published ${a.published} (${a.publishedFrom})`,
    );
    if (publisher && !this.entities.some((e) => this.entityIds.get(e.key) === publisher)) {
      // An outlet named only on the command line still needs evidence: the text's first words.
      this.outletFromOption = { id: publisher, name: a.outlet ?? '' };
    }
  }
  private outletFromOption: { id: string; name: string } | undefined;

  citations(citations: CitationProposal[]) {
    for (const c of citations) {
      const publisher = c.publisher ? this.entityIds.get(c.publisher) : undefined;
      const id = this.ids.make(
        'source',
        this.prefix,
        c.publisherName,
        c.kind === 'tweet' ? 'tweet' : 'report',
      );
      if (publisher) this.used.add(publisher);
      const title =
        c.kind === 'tweet'
          ? `Tweet by ${c.publisherName} (${c.handle}), ${c.published?.text ?? ''}`.replace(
              /, $/,
              '',
            )
          : `${c.publisherName} report cited by the article`;
      this.add(
        'sources',
        {
          id,
          review: PENDING,
          title,
          ...(c.kind === 'news-report'
            ? { titleInferred: 'the article cites the report without its title' }
            : {}),
          kind: c.kind,
          ...(publisher ? { publisher } : {}),
          ...(c.published ? { publishedAt: this.dateOf(c.published) } : {}),
          citedBy: this.sourceId,
          evidence: this.evidence(c.evidence),
        },
        c.evidence.start,
        `a cited ${c.kind === 'tweet' ? 'tweet' : 'report'}`,
        c.rule,
      );
      if (c.said) {
        this.add(
          'statements',
          {
            id: this.ids.make('statement', this.prefix, c.publisherName, firstWords(c.said.text)),
            review: PENDING,
            speaker: id,
            ...(c.published ? { saidAt: this.dateOf(c.published) } : {}),
            medium: c.kind === 'tweet' ? 'tweet' : 'article',
            textKind: 'paraphrase',
            text: c.said.text,
            evidence: this.evidence(c.said.evidence),
          },
          c.said.evidence.start,
          `what the cited ${c.kind === 'tweet' ? 'tweet' : 'report'} said`,
          `${c.rule}: the cited source is the speaker, its words are the article's`,
        );
      }
    }
  }

  statements(proposals: SpeechProposal[]) {
    let unknown = 0;
    for (const s of proposals) {
      const speaker = this.speakerId(s.speaker, s, () => (unknown += 1));
      const onBehalfOf = s.onBehalfOf ? this.entityIds.get(s.onBehalfOf) : undefined;
      const personSpeaker = speaker.startsWith('person:');
      const saidAt = this.dates.find(
        (d) => s.attribution && d.start >= s.attribution.start && d.end <= s.attribution.end,
      );
      const id = this.ids.make('statement', this.prefix, speakerWord(speaker), firstWords(s.text));
      if (onBehalfOf && personSpeaker) this.used.add(onBehalfOf);
      this.add(
        'statements',
        {
          id,
          review: PENDING,
          speaker,
          ...(onBehalfOf && personSpeaker && onBehalfOf.startsWith('person:')
            ? { onBehalfOf }
            : {}),
          ...(saidAt ? { saidAt: this.dateOf(saidAt) } : {}),
          medium: s.medium,
          textKind: s.textKind,
          text: s.text,
          evidence: s.evidence.flatMap((e) => this.evidence(e)),
        },
        s.evidence[0]?.start ?? 0,
        s.textKind === 'quote' ? 'a quote' : 'a paraphrase',
        s.rule,
      );
      for (const d of s.demands ?? []) {
        const of = this.entityIds.get(d.of);
        if (!of?.startsWith('person:')) continue;
        this.used.add(of);
        this.add(
          'demands',
          {
            id: this.ids.make(
              'demand',
              this.prefix,
              speakerWord(speaker),
              speakerWord(of),
              d.action,
            ),
            review: PENDING,
            by: speaker,
            of,
            action: d.action,
            statement: id,
            evidence: this.evidence(d.evidence),
          },
          d.evidence.start,
          `a demand (${d.action})`,
          `"${this.article.text.slice(d.evidence.start, d.evidence.end)}" in a public call`,
        );
      }
    }
  }

  /** The statement's speaker: an entity, a new group, or a placeholder person to be named. */
  private speakerId(speaker: Speaker, s: SpeechProposal, count: () => number): string {
    if (speaker.kind === 'entity') {
      const id = this.entityIds.get(speaker.entity) ?? '';
      this.used.add(id);
      return id;
    }
    if (speaker.kind === 'group') {
      const id = this.ids.make('group', this.prefix, speaker.head);
      this.add(
        'groups',
        {
          id,
          review: PENDING,
          name: speaker.name.charAt(0).toUpperCase() + speaker.name.slice(1),
          evidence: this.evidence(speaker),
        },
        speaker.start,
        'an unnamed group that speaks',
        `"${speaker.name}" speaks but is not named`,
      );
      return id;
    }
    const n = count();
    const id = this.ids.make('person', this.prefix, 'unidentified-speaker', String(n));
    const quote = s.evidence[0] ?? { start: 0, end: 0 };
    this.add(
      'people',
      {
        id,
        review: PENDING,
        name: `Unidentified speaker ${n}`,
        description:
          'No speaker was found for this quote: name the speaker (or delete the statement); never guessed.',
        evidence: this.evidence(quote),
      },
      quote.start,
      'a placeholder for a speaker not found',
      'the quote has no attribution the draft can read',
    );
    return id;
  }

  meetings(meetings: ReturnType<typeof findMeetings>) {
    for (const m of meetings) {
      const people = m.participants.map((p) => this.entityIds.get(p.entity) ?? '').filter(Boolean);
      const names = m.participants.map(
        (p) => this.entities.find((e) => e.key === p.entity)?.name ?? '',
      );
      for (const p of people) this.used.add(p);
      const id = this.ids.make(
        'event',
        this.prefix,
        m.noun.toLowerCase(),
        ...people.map(speakerWord),
        m.date?.value ?? 'undated',
      );
      this.add(
        'events',
        {
          id,
          review: PENDING,
          kind: 'meeting',
          name: `${m.noun} between ${names.join(' and ')}`,
          ...(m.date ? { date: this.dateOf(m.date) } : {}),
          ...(m.place ? { place: m.place } : {}),
          participants: people.map((ref) => ({ ref, role: 'attendee' })),
          evidence: this.evidence(m.evidence),
        },
        m.evidence.start,
        'a candidate meeting',
        m.rule,
      );
    }
  }

  /** "Russian Ambassador Sergey Kislyak", "Sessions spokesperson Sarah Isgur Flores": a role held. */
  roles(mentions: Mention[]) {
    const seen = new Set<string>();
    for (const m of mentions) {
      if (m.kind !== 'person' || !m.title || !m.entity) continue;
      const holder = this.entityIds.get(m.entity) ?? '';
      const before = mentions
        .filter((o) => o.end <= m.title!.start && o.end >= m.title!.start - 2 && o.entity)
        .at(-1);
      const at =
        before && (before.kind === 'country' || before.kind === 'org' || before.kind === 'person')
          ? this.entityIds.get(before.entity ?? '')
          : undefined;
      const title = titleOf(m.title.text, before?.kind === 'person' ? before.text : undefined);
      const key = `${holder}|${title.toLowerCase()}`;
      if (seen.has(key) || !holder || at === holder) continue;
      seen.add(key);
      this.used.add(holder);
      if (at) this.used.add(at);
      const start = before && at ? before.start : m.title.start;
      this.add(
        'roles',
        {
          id: this.ids.make('role', this.prefix, speakerWord(holder), title),
          review: PENDING,
          holder,
          title,
          ...(at ? { at } : {}),
          evidence: this.evidence({ start, end: m.end }),
        },
        start,
        'a role',
        `a title written before the name: "${this.article.text.slice(start, m.end)}"`,
      );
    }
  }

  finish(): Draft {
    for (const e of this.entities) {
      const id = this.entityIds.get(e.key) ?? '';
      const collection =
        e.kind === 'person' ? 'people' : e.kind === 'org' ? 'organizations' : 'countries';
      const first = e.mentions[0];
      if (!first) continue;
      const other = e.mentions.find((m) => m.text !== first.text);
      const name = e.linked?.entity.name ?? e.name;
      const aliases = e.forms.filter((f) => f !== name);
      const item: Item = {
        id,
        review: PENDING,
        name,
        ...(e.kind === 'person' && e.linked && !e.forms.includes(name)
          ? {
              nameInferred: `the text says ${e.forms.map((f) => `"${f}"`).join(', ')}; linked: ${e.linked.how}`,
            }
          : {}),
        ...(e.kind === 'org' ? { kind: e.orgKind ?? 'organization' } : {}),
        ...(aliases.length > 0 ? { aliases } : {}),
        evidence: [first, ...(other ? [other] : [])].flatMap((m) => this.evidence(m)),
      };
      const rule = e.linked
        ? `linked: ${e.linked.how}`
        : `a new ${e.kind === 'org' ? `organisation (${e.orgKind ?? 'organization'})` : e.kind}: ${e.forms.map((f) => `"${f}"`).join(', ')}`;
      this.add(
        collection,
        item,
        first.start,
        `a ${e.kind === 'org' ? 'organisation' : e.kind}`,
        rule,
      );
    }
    if (this.outletFromOption) {
      const first = this.sentences[0];
      this.add(
        'organizations',
        {
          id: this.outletFromOption.id,
          review: PENDING,
          name: this.outletFromOption.name,
          kind: 'media-outlet',
          description: "The article's outlet, given with --outlet; the text does not name it.",
          evidence: this.evidence({
            start: first?.start ?? 0,
            end: Math.min(first?.end ?? 1, (first?.start ?? 0) + 60),
          }),
        },
        0,
        'the outlet',
        'given with --outlet',
      );
    }
    const dataset: DraftDataset = {
      dataset: this.article.dataset,
      description: `Draft of ${basename(this.article.file)} by testimony draft: every item awaits a curator's review.`,
    };
    for (const c of COLLECTIONS) {
      const list = this.items.get(c) ?? [];
      if (list.length > 0) dataset[c] = list;
    }
    return {
      dataset,
      explanations: this.explanations,
      dates: this.dates.filter((d) => !this.usedDates.has(d)),
    };
  }
}

const basename = (file: string) => file.split(/[\\/]/).at(-1) ?? file;
const firstWords = (text: string) => text.split(/\s+/).slice(0, 6).join(' ');
/** "person:sarah-isgur-flores" -> "flores": ids stay short. */
const speakerWord = (id: string) =>
  id
    .slice(id.indexOf(':') + 1)
    .split('-')
    .at(-1) ?? id;

function titleOf(title: string, principal: string | undefined): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return principal ? `${capital} for ${principal}` : capital;
}

export { slug };
