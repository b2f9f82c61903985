import { describe, expect, it } from 'vitest';
import { draftArticle, type KnownEntity } from '../../../src/draft/index.js';

/** Drafts sentences of our own making (not the bundled report) and returns the proposed dataset. */
function draft(text: string, known: KnownEntity[] = []) {
  const result = draftArticle(
    {
      file: 't.txt',
      text,
      published: '2017-03-02',
      publishedFrom: 'test',
      dataset: 't',
      sourceFile: 't.txt',
    },
    known,
  );
  const d = result.dataset as Record<string, Record<string, unknown>[] | undefined>;
  const list = (c: string) => d[c] ?? [];
  const byId = (id: unknown) =>
    ['people', 'organizations', 'countries', 'groups', 'sources']
      .flatMap(list)
      .find((x) => x.id === id);
  return { result, list, byId, names: (c: string) => list(c).map((x) => x.name) };
}

describe('entities', () => {
  it('peels a country and a title off a name; a surname alone is the same person', () => {
    const { list, names } = draft(
      'Russian Ambassador Sergey Kislyak met officials in Washington. Kislyak declined to comment.',
    );
    expect(names('people')).toEqual(['Sergey Kislyak']);
    expect(list('people')[0]).toMatchObject({ aliases: ['Kislyak'] });
    expect(names('countries')).toEqual(['Russia']);
    expect(list('roles')[0]).toMatchObject({ title: 'Ambassador', at: 'country:russia' });
  });

  it('a name that speaks is a person; "the X campaign" names a person and a campaign', () => {
    const { list, names } = draft('Hollis said the Brandt campaign had filed its report on time.');
    expect(names('people')).toEqual(expect.arrayContaining(['Hollis', 'Brandt']));
    expect(list('organizations')).toEqual([
      expect.objectContaining({ name: 'Brandt campaign', kind: 'campaign' }),
    ]);
  });

  it('organisations by their head word, outlets, and demonyms as countries', () => {
    const { list, names } = draft(
      'The Senate Judiciary Committee heard from German and Japanese diplomats, The Washington Post reported.',
    );
    expect(list('organizations').map((o) => [o.name, o.kind])).toEqual(
      expect.arrayContaining([
        ['Senate Judiciary Committee', 'committee'],
        ['Washington Post', 'media-outlet'],
      ]),
    );
    expect(names('countries')).toEqual(expect.arrayContaining(['Germany', 'Japan']));
  });

  it('links to a known entity by alias, or by a near spelling, and proposes the alias used', () => {
    const known: KnownEntity[] = [
      {
        id: 'person:sergey-kislyak',
        kind: 'person',
        name: 'Sergey Kislyak',
        aliases: ['Kislyak'],
        from: 'a.yaml',
      },
      {
        id: 'person:jeff-sessions',
        kind: 'person',
        name: 'Jeff Sessions',
        aliases: ['Sessions'],
        from: 'a.yaml',
      },
    ];
    const { list } = draft(
      'Sergei Kislyak met Sessions twice. Sessions said he recalled both talks.',
      known,
    );
    const people = list('people');
    expect(people.map((p) => p.id).sort()).toEqual([
      'person:jeff-sessions',
      'person:sergey-kislyak',
    ]);
    expect(people.find((p) => p.id === 'person:sergey-kislyak')).toMatchObject({
      name: 'Sergey Kislyak',
      aliases: ['Sergei Kislyak'],
      nameInferred: expect.stringContaining('spelled like Sergey Kislyak'),
    });
  });

  it('a name two known people share is not linked', () => {
    const known: KnownEntity[] = [
      { id: 'person:ann-lee', kind: 'person', name: 'Ann Lee', aliases: ['Lee'], from: 'a' },
      { id: 'person:bo-lee', kind: 'person', name: 'Bo Lee', aliases: ['Lee'], from: 'b' },
    ];
    expect(draft('Lee said the plan was sound and would pass.', known).list('people')[0]?.id).toBe(
      'person:lee',
    );
  });
});

describe('quotes and their speakers', () => {
  const speakerOf = (text: string) => {
    const { list, byId } = draft(text);
    const [statement] = list('statements');
    return { statement, speaker: byId(statement?.speaker) };
  };

  it('",” X said" and "said X", with the date of saying', () => {
    const a = speakerOf('“We will not back down from this fight,” Maria Ostrova said on Tuesday.');
    expect(a.speaker?.name).toBe('Maria Ostrova');
    expect(a.statement).toMatchObject({
      textKind: 'quote',
      text: 'We will not back down from this fight.',
      saidAt: { value: '2017-02-28' },
    });
    const b = speakerOf('"The numbers do not add up at all," said Daniel Weir, an analyst.');
    expect(b.speaker?.name).toBe('Daniel Weir');
  });

  it('an introduced quote ("X said in a statement: “…”") and a continued one join one statement', () => {
    const { statement, speaker } = speakerOf(
      'Governor Lena Park said in a statement: “The state will appeal the ruling.” “We expect to win on the merits of the case.”',
    );
    expect(speaker?.name).toBe('Lena Park');
    expect(statement).toMatchObject({ medium: 'written-statement' });
    expect(statement?.text).toBe(
      'The state will appeal the ruling. We expect to win on the merits of the case.',
    );
    expect(statement?.evidence).toHaveLength(3);
  });

  it('a quote without a speaker is left for the curator, never guessed', () => {
    const { statement, speaker } = speakerOf(
      'The memo was blunt. “Nobody should sign this agreement before the review is done.”',
    );
    expect(speaker?.id).toMatch(/unidentified-speaker/);
    expect(speaker?.name).toBe('Unidentified speaker 1');
    expect(statement?.text).toBe('Nobody should sign this agreement before the review is done.');
  });

  it('a short term in quotation marks is not a quote', () => {
    expect(draft('Critics called the plan a “fig leaf” for the cuts.').list('statements')).toEqual(
      [],
    );
  });

  it('reported speech: "X said that …", "X asserted that …, and that …", a pronoun resolved', () => {
    const { list, byId } = draft(
      'At the briefing, Tom Hale asserted that the agency had done nothing wrong, and that it would cooperate. Later, he said that the audit was over.',
    );
    const statements = list('statements');
    expect(statements.map((s) => s.text)).toEqual([
      'The agency had done nothing wrong.',
      'It would cooperate.',
      'The audit was over.',
    ]);
    expect(new Set(statements.map((s) => byId(s.speaker)?.name))).toEqual(new Set(['Tom Hale']));
    expect(statements[0]).toMatchObject({ textKind: 'paraphrase', medium: 'news-conference' });
  });

  it('a spokesperson speaks on behalf of the person named before the title', () => {
    const { statement } = speakerOf(
      '“The senator did nothing wrong,” Hale spokesman Ian Brody said.',
    );
    expect(statement).toMatchObject({ onBehalfOf: expect.stringMatching(/^person:hale/) });
  });

  it('a public call: an unnamed group demands that someone resign', () => {
    const { list, byId } = draft(
      'Several senators have publicly called for Dana Cole to resign over the contracts.',
    );
    const [call] = list('statements');
    expect(call).toMatchObject({
      medium: 'public-calls',
      text: 'Dana Cole should resign over the contracts.',
    });
    expect(byId(call?.speaker)).toMatchObject({ name: 'Several senators' });
    expect(list('demands')).toEqual([
      expect.objectContaining({ action: 'resign', statement: call?.id }),
    ]);
  });
});

describe('meetings', () => {
  it('two people who met, with the date and place; "again" repeats the participants', () => {
    const { list } = draft(
      'Senator Alma Reyes met Ambassador Viktor Ostrov in July 2016 at a Harbor Foundation event, and again in an office meeting on September 9 of that same year.',
    );
    expect(
      list('events').map((e) => [e.name, (e.date as { value: string }).value, e.place]),
    ).toEqual([
      ['Meeting between Alma Reyes and Viktor Ostrov', '2016-07', 'a Harbor Foundation event'],
      ['Meeting between Alma Reyes and Viktor Ostrov', '2016-09-09', 'an office'],
    ]);
  });

  it('"the first conversation" takes the people of the conversations mentioned before', () => {
    const { list } = draft(
      'Critics pointed to conversations that Paul Hart had with Ivan Sokolov during the campaign. The first conversation took place in May 2016 at a hotel in Ohio.',
    );
    expect(list('events')).toEqual([
      expect.objectContaining({
        participants: [
          { ref: 'person:paul-hart', role: 'attendee' },
          { ref: 'person:ivan-sokolov', role: 'attendee' },
        ],
        date: expect.objectContaining({ value: '2016-05' }),
      }),
    ]);
  });

  it('a denied meeting is not one', () => {
    expect(draft('Paul Hart said he never met with Ivan Sokolov in 2016.').list('events')).toEqual(
      [],
    );
  });
});

describe('citations', () => {
  it('"The Washington Post reported that …": a cited source published by the outlet, and what it said', () => {
    const { list } = draft(
      'The Washington Post reported on Wednesday that Paul Hart met Ivan Sokolov twice in July.',
    );
    const cited = list('sources').find((s) => s.citedBy === 'source:t');
    expect(cited).toMatchObject({
      kind: 'news-report',
      publisher: 'org:washington-post',
      publishedAt: { value: '2017-03-01' },
    });
    const said = list('statements').find((s) => s.speaker === cited?.id);
    expect(said).toMatchObject({
      textKind: 'paraphrase',
      text: 'Paul Hart met Ivan Sokolov twice in July.',
    });
  });

  it("an embedded tweet's signature is a cited tweet by its account", () => {
    const { list } = draft(
      'Officials were stunned by the news.\n— Capital News Desk (@CapitalDesk) March 1, 2017\n',
    );
    expect(list('sources').find((s) => s.kind === 'tweet')).toMatchObject({
      title: 'Tweet by Capital News Desk (@CapitalDesk), March 1, 2017',
      publisher: 'org:capital-news-desk',
      publishedAt: { value: '2017-03-01' },
      citedBy: 'source:t',
    });
  });
});

describe('every proposal', () => {
  it('is pending review, and its evidence quotes the text exactly at its start', () => {
    const text = '“We will appeal,” Lena Park said on Tuesday. Park met Ivan Sokolov in May 2016.';
    const { result } = draft(text);
    const items = Object.values(result.dataset).filter(Array.isArray).flat() as Record<
      string,
      unknown
    >[];
    expect(items.length).toBeGreaterThan(4);
    for (const item of items) {
      expect(item.review).toBe('pending');
      for (const e of (item.evidence as { quote: string; start: number }[] | undefined) ?? [])
        expect(text.slice(e.start, e.start + e.quote.length)).toBe(e.quote);
    }
  });
});
