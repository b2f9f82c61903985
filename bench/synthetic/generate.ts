import { MEDIA, type Dataset, type QuoteSelectorInput } from '../../src/dataset/index.js';
import { Random } from './random.js';
import { FIRST_NAMES, LAST_NAMES, OCCUPATIONS, PLACES, TITLES } from './words.js';

/**
 * A synthetic dataset in the project's own format, valid under the same schema: people,
 * meetings of 2 to 6 participants, statements with stances (denials of recorded meetings and
 * defences of those denials among them), spokespeople, roles, recusals. Participants and
 * speakers are drawn with a skew, so a few people are hubs. Every entry quotes one sentence of
 * a generated article, with the sentence's offset (a TextPositionSelector).
 * The same seed and size give the same dataset.
 */

export interface GenerateOptions {
  people: number;
  seed: number;
  name: string;
  /** People introduced per article: articles stay article-sized as the dataset grows. */
  peoplePerArticle?: number;
}

export interface Generated {
  dataset: Dataset;
  /** File name (relative to the dataset file) -> text. */
  texts: Map<string, string>;
}

/** One generated news article: sentences appended, each quotable at its offset. */
class Article {
  private text = '';

  constructor(
    readonly sourceId: string,
    readonly file: string,
  ) {}

  say(sentence: string): QuoteSelectorInput[] {
    const start = this.text.length;
    this.text += `${sentence}\n`;
    return [{ quote: sentence, source: this.sourceId, start }];
  }

  get content(): string {
    return this.text;
  }
}

interface DateChoice {
  value: string;
  text: string;
  start: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date in 2015-2018 with honest precision: mostly a day, often only a month, sometimes a year. */
function randomDate(random: Random): DateChoice {
  const year = random.int(2015, 2018);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const precision = random.weighted([
    ['day', 0.6],
    ['month', 0.3],
    ['year', 0.1],
  ] as const);
  const monthName = MONTHS[month - 1] ?? '';
  if (precision === 'day')
    return {
      value: `${year}-${mm}-${dd}`,
      text: `${day} ${monthName} ${year}`,
      start: `${year}-${mm}-${dd}`,
    };
  if (precision === 'month')
    return { value: `${year}-${mm}`, text: `${monthName} ${year}`, start: `${year}-${mm}-01` };
  return { value: `${year}`, text: `${year}`, start: `${year}-01-01` };
}

class Generator {
  private readonly random: Random;
  private readonly articles: Article[] = [];
  private readonly names: string[] = [];
  private readonly meetingsOf = new Map<number, string[]>();
  private readonly denials: { id: string; date: DateChoice }[] = [];
  readonly d: Required<
    Pick<
      Dataset,
      | 'people'
      | 'organizations'
      | 'matters'
      | 'events'
      | 'statements'
      | 'roles'
      | 'recusals'
      | 'sources'
    >
  > & { dataset: string };

  constructor(private readonly options: GenerateOptions) {
    this.random = new Random(options.seed);
    this.d = {
      dataset: options.name,
      sources: [],
      people: [],
      organizations: [],
      matters: [],
      events: [],
      statements: [],
      roles: [],
      recusals: [],
    };
    const perArticle = options.peoplePerArticle ?? 50;
    for (let a = 0; a < Math.max(1, Math.ceil(options.people / perArticle)); a += 1) {
      const id = `source:${options.name}-${a}`;
      this.articles.push(new Article(id, `${options.name}/article-${a}.txt`));
      this.d.sources.push({
        id,
        title: `Synthetic report ${a}`,
        kind: 'news-report',
        file: `${options.name}/article-${a}.txt`,
        cites: [],
      });
    }
  }

  /** The article an entry is reported in: entries are spread evenly over the articles. */
  private article(index: number, of: number): Article {
    return this.articles[Math.floor((index * this.articles.length) / Math.max(1, of))] as Article;
  }

  private id(kind: string, n: number): string {
    return `${kind}:${this.options.name}-${n}`;
  }

  person(i: number): string {
    return this.id('person', i);
  }

  addPeople(): void {
    const n = this.options.people;
    for (let i = 0; i < n; i += 1) {
      const last = this.random.pick(LAST_NAMES);
      const name = `${this.random.pick(FIRST_NAMES)} ${last}`;
      this.names.push(name);
      const evidence = this.article(i, n).say(
        `${name} (person #${i}) is ${this.random.pick(OCCUPATIONS)}.`,
      );
      this.d.people.push({ id: this.person(i), name, aliases: [last], evidence });
    }
  }

  addOrganizationsAndRoles(): void {
    const n = this.options.people;
    const orgs = Math.max(1, Math.round(n / 100));
    for (let o = 0; o < orgs; o += 1) {
      const name = `${this.random.pick(LAST_NAMES)} ${this.random.pick(['Institute', 'Committee', 'Group', 'Council', 'Foundation'])} ${o}`;
      const evidence = this.article(o, orgs).say(
        `The ${name} (organization #${o}) is named in the report.`,
      );
      this.d.organizations.push({
        id: this.id('org', o),
        name,
        kind: 'organization',
        aliases: [],
        evidence,
      });
    }
    const roles = Math.round(n * 0.3);
    for (let r = 0; r < roles; r += 1) {
      const holder = this.random.int(0, n - 1);
      const org = this.random.skewedIndex(orgs);
      const title = this.random.pick(TITLES);
      const during = randomDate(this.random);
      const evidence = this.article(r, roles).say(
        `Role #${r}: ${this.names[holder]} served as ${title} of the ${this.d.organizations[org]?.name} in ${during.text}.`,
      );
      this.d.roles.push({
        id: this.id('role', r),
        holder: this.person(holder),
        title,
        at: this.id('org', org),
        during: { value: during.value, text: during.text },
        evidence,
      });
    }
  }

  /** Distinct people, skewed towards the hubs. */
  private participants(count: number): number[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, this.options.people))
      chosen.add(this.random.skewedIndex(this.options.people));
    return [...chosen];
  }

  addMeetings(): void {
    const meetings = Math.round(this.options.people * 0.7);
    for (let m = 0; m < meetings; m += 1) {
      const people = this.participants(
        this.random.weighted([
          [2, 0.4],
          [3, 0.3],
          [4, 0.15],
          [5, 0.1],
          [6, 0.05],
        ] as const),
      );
      const date = randomDate(this.random);
      const place = this.random.pick(PLACES);
      const names = people.map((p) => this.names[p]).join(', ');
      const id = this.id('event', m);
      const evidence = this.article(m, meetings).say(
        `Meeting #${m}: ${names} met in ${place} in ${date.text}.`,
      );
      for (const p of people) {
        const list = this.meetingsOf.get(p);
        if (list) list.push(id);
        else this.meetingsOf.set(p, [id]);
      }
      this.d.events.push({
        id,
        kind: 'meeting',
        name: `Meeting #${m} in ${place}`,
        place,
        date: { value: date.value, text: date.text },
        sameAs: [],
        participants: people.map((p) => ({ ref: this.person(p), role: 'attendee' as const })),
        evidence,
      });
    }
  }

  addStatements(): void {
    const n = this.options.people;
    const statements = Math.round(n * 0.6);
    for (let s = 0; s < statements; s += 1) {
      const speaker = this.random.skewedIndex(n);
      const id = this.id('statement', s);
      const date = randomDate(this.random);
      const { about, words } = this.aboutFor(speaker, id, date);
      const principal = this.random.float() < 0.15 ? this.random.skewedIndex(n, 4) : undefined;
      const onBehalf = principal !== undefined && principal !== speaker ? principal : undefined;
      const behalf = onBehalf === undefined ? '' : ` on behalf of ${this.names[onBehalf]}`;
      const evidence = this.article(s, statements).say(
        `Statement #${s}: ${this.names[speaker]} said${behalf} in ${date.text} that ${words}.`,
      );
      this.d.statements.push({
        id,
        speaker: this.person(speaker),
        medium: this.random.pick(MEDIA),
        text: words,
        textKind: 'paraphrase',
        saidAt: { value: date.value, text: date.text },
        about,
        evidence,
        ...(onBehalf === undefined ? {} : { onBehalfOf: this.person(onBehalf) }),
      });
    }
  }

  /** What a statement is about: a denial of one of the speaker's own meetings, a defence of a denial, or an assertion about someone. */
  private aboutFor(
    speaker: number,
    id: string,
    date: DateChoice,
  ): { about: Dataset['statements'][number]['about']; words: string } {
    const own = this.meetingsOf.get(speaker) ?? [];
    const roll = this.random.float();
    if (roll < 0.3 && own.length > 0) {
      this.denials.push({ id, date });
      return {
        about: [{ ref: this.random.pick(own), stance: 'denies', claim: 'the meeting took place' }],
        words: 'the meeting never took place',
      };
    }
    const denial = this.denials.length > 0 ? this.random.pick(this.denials) : undefined;
    if (roll < 0.45 && denial !== undefined) {
      return {
        about: [{ ref: denial.id, stance: this.random.pick(['defends', 'hedges'] as const) }],
        words: 'the earlier answer was correct',
      };
    }
    const other = this.random.skewedIndex(this.options.people);
    return {
      about: [{ ref: this.person(other), stance: 'asserts', claim: 'acted properly' }],
      words: `${this.names[other]} acted properly`,
    };
  }

  addRecusals(): void {
    const n = this.options.people;
    const matters = Math.max(1, Math.round(n / 200));
    for (let m = 0; m < matters; m += 1) {
      const evidence = this.article(m, matters).say(
        `Investigation #${m} concerns the ${this.random.pick(PLACES)} contacts.`,
      );
      this.d.matters.push({
        id: this.id('matter', m),
        name: `Investigation #${m}`,
        kind: 'investigation',
        concerns: [],
        evidence,
      });
    }
    for (let r = 0; r < matters; r += 1) {
      const person = this.random.skewedIndex(n);
      const matter = this.random.int(0, matters - 1);
      const date = randomDate(this.random);
      const statement = this.id('statement', this.d.statements.length);
      const article = this.article(r, matters);
      this.d.statements.push({
        id: statement,
        speaker: this.person(person),
        medium: 'news-conference',
        textKind: 'quote',
        text: `I recuse myself from Investigation #${matter}.`,
        saidAt: { value: date.value, text: date.text },
        about: [{ ref: this.id('matter', matter), stance: 'asserts', claim: 'recusal' }],
        evidence: article.say(
          `Recusal statement #${r}: ${this.names[person]} said in ${date.text}: "I recuse myself from Investigation #${matter}."`,
        ),
      });
      this.d.recusals.push({
        id: `recusal:${this.options.name}-${r}`,
        person: this.person(person),
        matter: this.id('matter', matter),
        announcedAt: { value: date.value, text: date.text },
        scope: `Investigation #${matter}`,
        statement,
        evidence: article.say(
          `Recusal #${r}: ${this.names[person]} stepped aside from Investigation #${matter}.`,
        ),
      });
    }
  }

  result(): Generated {
    const texts = new Map(this.articles.map((a) => [a.file, a.content]));
    return { dataset: this.d as Dataset, texts };
  }
}

export function generateDataset(options: GenerateOptions): Generated {
  const generator = new Generator(options);
  generator.addPeople();
  generator.addOrganizationsAndRoles();
  generator.addMeetings();
  generator.addStatements();
  generator.addRecusals();
  return generator.result();
}
