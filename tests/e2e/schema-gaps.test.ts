import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { gql, useSeededApi } from '../support/api.js';
import { neo4jEnv, runCli } from '../support/cli.js';
import { graphChecksum } from '../support/graph.js';
import { testCoordinates } from '../support/neo4j.js';

/**
 * The questions the schema could not ask (issue 12, "Schema gaps"), each asked through the API,
 * the CLI (`--format json` and tables) and the named Cypher, with the exact facts of the bundled
 * report (seed/sessions-recusal-2017-03-02.txt), and every bad input refused with its code.
 */
const seeded = useSeededApi();
const api = () => seeded.api();
const testimony = (...args: string[]) => runCli(args, neo4jEnv(testCoordinates()), { bin: true });

const SOURCE = 'source:sessions-recusal-report-2017-03-02';
const TEXT = readFileSync(join(PROJECT_ROOT, 'seed', 'sessions-recusal-2017-03-02.txt'), 'utf8');
const NEWS_CONFERENCE = 'event:news-conference-2017-03-02';
const FLORES_STATEMENT = 'statement:flores-defends-hearing-answer';
const AMBASSADORS = 'group:foreign-ambassadors-2016';

/** Flores' list, in her order: "the British, Korean, …, German and Russian ambassadors". */
const FLORES_COUNTRIES = [
  ['country:united-kingdom', 'British'],
  ['country:korea', 'Korean'],
  ['country:japan', 'Japanese'],
  ['country:poland', 'Polish'],
  ['country:india', 'Indian'],
  ['country:china', 'Chinese'],
  ['country:canada', 'Canadian'],
  ['country:australia', 'Australian'],
  ['country:germany', 'German'],
  ['country:russia', 'Russian ambassadors'],
];
const FLORES_SENTENCE =
  '“Last year, the senator had over 25 conversations with foreign ambassadors as a senior member of the Armed Services Committee, including the British, Korean, Japanese, Polish, Indian, Chinese, Canadian, Australian, German and Russian ambassadors.';
const FIRST_SENTENCE = TEXT.slice(0, TEXT.indexOf('Committee.') + 'Committee.'.length);

/** What was said at the news conference, in time order (all known to the day, so by id). */
const SAID_AT_NEWS_CONFERENCE = [
  'statement:sessions-announces-recusal',
  'statement:sessions-answered-as-asked',
  'statement:sessions-never-met-operatives',
  'statement:sessions-recusal-not-confirmation',
  'statement:sessions-written-statement',
];

async function cypher(name: string, params: Record<string, unknown>) {
  const text = readFileSync(join(PROJECT_ROOT, 'cypher', 'queries', `${name}.cypher`), 'utf8');
  const result = await seeded.driver.executeQuery(text, params, {
    database: seeded.database,
    routing: neo4j.routing.READ,
  });
  return result.records.map((r) => r.toObject());
}

async function data<T = any>(query: string): Promise<T> {
  const response = await gql<T>(api(), query);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as T;
}

async function json(...args: string[]): Promise<any> {
  const run = await testimony(...args, '--format', 'json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

/** The single error of a response: its code, argument and message. */
async function failure(query: string) {
  const response = await gql(api(), query);
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors ?? [];
  return {
    message: error?.message ?? '',
    code: error?.extensions?.code,
    argument: error?.extensions?.argument,
  };
}

describe("a group's countries (Flores' list of ambassadors)", () => {
  const query = `{ node(id: "${AMBASSADORS}") { ... on Group { countries {
    isClaim claimedBy { id speaker { ... on Person { name } } }
    country { id name aliases } evidence { quote start end sentence } } } } }`;

  it('API: Group.countries gives the ten countries in her order, each a claim resting on her statement', async () => {
    const { node } = await data(query);
    expect(node.countries.map((c: any) => [c.country.id, c.evidence[0].quote])).toEqual(
      FLORES_COUNTRIES,
    );
    for (const c of node.countries) {
      expect(c.isClaim).toBe(true);
      expect(c.claimedBy).toEqual({
        id: FLORES_STATEMENT,
        speaker: { name: 'Sarah Isgur Flores' },
      });
      const [e] = c.evidence;
      expect(TEXT.slice(e.start, e.end)).toBe(e.quote);
      expect(e.sentence).toBe(FLORES_SENTENCE);
    }
    expect(node.countries[0].country).toEqual({
      id: 'country:united-kingdom',
      name: 'United Kingdom',
      aliases: ['British'],
    });
  });

  it('named Cypher: REPRESENTS carries claim, claimedBy and the quote of each country', async () => {
    const rows = await seeded.driver.executeQuery(
      `MATCH (:Group {id: $group})-[r:REPRESENTS]->(c:Country)
       RETURN c.id AS id, r.claim AS claim, r.claimedBy AS claimedBy, r.evidenceQuotes AS quotes
       ORDER BY r.position`,
      { group: AMBASSADORS },
      { database: seeded.database },
    );
    expect(rows.records.map((r) => [r.get('id'), r.get('quotes')[0]])).toEqual(FLORES_COUNTRIES);
    for (const r of rows.records) {
      expect(r.get('claim')).toBe(true);
      expect(r.get('claimedBy')).toEqual([FLORES_STATEMENT]);
    }
  });

  it('CLI: countries <group> prints the claim in the table and every field in JSON', async () => {
    const table = await testimony('countries', AMBASSADORS);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('United Kingdom');
    expect(table.stdout).toContain(`claim (by Sarah Isgur Flores, ${FLORES_STATEMENT})`);
    const out = await json('countries', AMBASSADORS);
    expect(out.node.countries).toHaveLength(10);
    expect(out.node.countries[9]).toMatchObject({
      isClaim: true,
      claimedBy: { id: FLORES_STATEMENT },
      country: { id: 'country:russia', name: 'Russia' },
      evidence: [
        { quote: 'Russian ambassadors', sentence: FLORES_SENTENCE, source: { id: SOURCE } },
      ],
    });
  });

  it('CLI: an unknown group, or a node that is not a group, exits 1 with NOT_FOUND', async () => {
    const unknown = await testimony('countries', 'group:nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('[NOT_FOUND] No group has the id group:nobody.');
    const person = await testimony('countries', 'person:jeff-sessions');
    expect(person.code).toBe(1);
    expect(person.stderr).toContain('[NOT_FOUND] No group has the id person:jeff-sessions.');
  });
});

describe('the statements made at an event (what was said at the news conference)', () => {
  it('API: Event.statements and statements(at:) give the five, in time order', async () => {
    const d = await data(`{
      node(id: "${NEWS_CONFERENCE}") { ... on Event { statements { id at { id } } } }
      byName: statements(at: "SESSIONS' NEWS CONFERENCE ON HIS RECUSAL") { totalCount edges { node { id } } } }`);
    expect(d.node.statements.map((s: any) => s.id)).toEqual(SAID_AT_NEWS_CONFERENCE);
    for (const s of d.node.statements) expect(s.at.id).toBe(NEWS_CONFERENCE);
    expect(d.byName.totalCount).toBe(5);
    expect(d.byName.edges.map((e: any) => e.node.id)).toEqual(SAID_AT_NEWS_CONFERENCE);
  });

  it('named Cypher: statements.cypher with $at gives the same five', async () => {
    const [row] = await cypher('statements', {
      speaker: null,
      about: null,
      at: NEWS_CONFERENCE,
      stance: null,
      speakerKind: null,
      total: true,
      from: null,
      to: null,
      dates: 'within',
      afterKey: null,
      afterId: null,
      limit: 101,
    });
    expect((row?.page as any[]).map((x) => x.node.id)).toEqual(SAID_AT_NEWS_CONFERENCE);
  });

  it('CLI: statements --at <event> (table with the speaker, and JSON)', async () => {
    const out = await json('statements', '--at', NEWS_CONFERENCE);
    expect(out.statements.edges.map((e: any) => e.node.id)).toEqual(SAID_AT_NEWS_CONFERENCE);
    expect(out.statements.edges[0].node.speaker).toMatchObject({ name: 'Jeff Sessions' });
    const table = await testimony('statements', '--at', "Sessions' news conference on his recusal");
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/speaker/);
    expect(table.stdout).toContain('Jeff Sessions');
  });

  it('bad input: an id that is not an event, and an unknown name', async () => {
    const person = await failure(`{ statements(at: "person:jeff-sessions") { totalCount } }`);
    expect(person).toMatchObject({ code: 'NOT_FOUND', argument: 'at' });
    expect(person.message).toContain('no event has the id "person:jeff-sessions"');
    const unknown = await failure(`{ statements(at: "the press conferense") { totalCount } }`);
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', argument: 'at' });
  });
});

describe("an event's own timeline", () => {
  const select = '{ kind role summary node { id } date { value } recusal { id person { id } } }';

  it('API: the news conference: the recusal it announced and what was said at it, in time order', async () => {
    const { timeline } = await data(`{ timeline(entity: "${NEWS_CONFERENCE}") ${select} }`);
    expect(timeline.map((e: any) => [e.kind, e.role, e.node.id])).toEqual([
      ['recusal', 'recusal', 'matter:campaign-investigations'],
      ...SAID_AT_NEWS_CONFERENCE.map((id) => ['statement', 'said-at', id]),
    ]);
    expect(timeline[0]).toMatchObject({
      summary:
        'Jeff Sessions recused from Investigations of matters related to the campaigns for President',
      date: { value: '2017-03-02' },
      recusal: {
        id: 'recusal:sessions-campaign-investigations',
        person: { id: 'person:jeff-sessions' },
      },
    });
  });

  it('API: the convention by name: its parts, down to the meeting at the Heritage Foundation event', async () => {
    const { timeline } = await data(
      `{ timeline(entity: "Republican National Convention") ${select} }`,
    );
    expect(timeline.map((e: any) => [e.kind, e.role, e.node.id])).toEqual([
      ['event', 'part', 'event:heritage-foundation-event-2016-07'],
      ['meeting', 'part', 'event:meeting-sessions-kislyak-2016-07'],
    ]);
  });

  it('named Cypher and CLI give the same entries', async () => {
    const rows = await cypher('timeline', {
      entity: NEWS_CONFERENCE,
      from: null,
      to: null,
      dates: 'within',
      claims: 'include',
    });
    const ids = rows.map((r: any) => r.node.id);
    expect(ids).toEqual(['matter:campaign-investigations', ...SAID_AT_NEWS_CONFERENCE]);
    const out = await json('timeline', NEWS_CONFERENCE);
    expect(out.timeline.map((e: any) => e.node.id)).toEqual(ids);
    expect(out.timeline[0].recusal.evidence[0].quote).toBeTruthy();
    const table = await testimony('timeline', NEWS_CONFERENCE);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('said-at');
    expect(table.stdout).toContain('recusal');
  });

  it('an unknown event id is NOT_FOUND (API) and exits 1 (CLI)', async () => {
    const unknown = await failure(`{ timeline(entity: "event:nothing-like-it") { kind } }`);
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', argument: 'entity' });
    const run = await testimony('timeline', 'event:nothing-like-it');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[NOT_FOUND]');
  });
});

describe('demands: who called for what of whom', () => {
  const select = `{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
    id action by { id } of { id } from { id } statement { id } evidence { quote sentence } } } }`;
  const LAWMAKERS = {
    by: { id: 'group:lawmakers' },
    of: { id: 'person:jeff-sessions' },
    statement: { id: 'statement:lawmakers-call-resign-or-recuse' },
  };

  it('API: the lawmakers call for Sessions to recuse from the Russia investigation, and to resign', async () => {
    const { demands } = await data(`{ demands ${select} }`);
    expect(demands.totalCount).toBe(2);
    expect(demands.pageInfo.hasNextPage).toBe(false);
    expect(demands.edges.map((e: any) => e.node)).toEqual([
      {
        id: 'demand:lawmakers-sessions-recuse',
        action: 'RECUSE',
        ...LAWMAKERS,
        from: { id: 'matter:russia-election-investigation' },
        evidence: [
          {
            quote:
              "recuse himself from investigating Russia's involvement in the presidential election",
            sentence: FIRST_SENTENCE,
          },
        ],
      },
      {
        id: 'demand:lawmakers-sessions-resign',
        action: 'RESIGN',
        ...LAWMAKERS,
        from: null,
        evidence: [
          { quote: 'have publicly called for Sessions to resign', sentence: FIRST_SENTENCE },
        ],
      },
    ]);
  });

  it('API: filters by person (name), by who (name) and action, and pages with a cursor that says more follows', async () => {
    const d = await data(`{
      ofSessions: demands(of: "sessions", action: RESIGN) { totalCount edges { node { id } } }
      byLawmakers: demands(by: "A growing number of lawmakers") { totalCount }
      ofKislyak: demands(of: "kislyak") { totalCount }
      first: demands(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
    expect(d.ofSessions.edges.map((e: any) => e.node.id)).toEqual([
      'demand:lawmakers-sessions-resign',
    ]);
    expect(d.byLawmakers.totalCount).toBe(2);
    expect(d.ofKislyak.totalCount).toBe(0);
    expect(d.first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const next = await data(
      `{ demands(first: 1, after: "${d.first.pageInfo.endCursor}") { pageInfo { hasNextPage } edges { node { id } } } }`,
    );
    expect(next.demands.edges.map((e: any) => e.node.id)).toEqual([
      'demand:lawmakers-sessions-resign',
    ]);
    expect(next.demands.pageInfo.hasNextPage).toBe(false);
  });

  it('named Cypher and CLI give the same demands', async () => {
    const [row] = await cypher('demands', {
      by: null,
      of: 'person:jeff-sessions',
      action: null,
      afterKey: null,
      limit: 21,
    });
    expect((row?.page as any[]).map((x) => x.node.rel.demandId)).toEqual([
      'demand:lawmakers-sessions-recuse',
      'demand:lawmakers-sessions-resign',
    ]);
    const out = await json('demands', 'sessions');
    expect(out.demands.edges.map((e: any) => e.node.id)).toEqual([
      'demand:lawmakers-sessions-recuse',
      'demand:lawmakers-sessions-resign',
    ]);
    const table = await testimony('demands', '--action', 'recuse');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('recuse from Investigation');
    expect(table.stdout).toContain('1 of 1.');
  });

  it('bad input: unknown person, bad cursor, bad page size, unknown action', async () => {
    expect(await failure('{ demands(of: "Sesions") { totalCount } }')).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'of',
    });
    expect(await failure('{ demands(after: "nonsense") { totalCount } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
    expect(await failure('{ demands(first: 0) { totalCount } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
    expect((await failure('{ demands(action: SHOUT) { totalCount } }')).code).toBe(
      'BAD_USER_INPUT',
    );
    const cli = await testimony('demands', '--action', 'shout');
    expect(cli.code).toBe(2);
  });
});

describe('lists of organizations and of events', () => {
  it('API: organizations by name, with kind and name filters and paging', async () => {
    const d = await data(`{
      all: organizations { totalCount edges { node { id kind } } }
      committees: organizations(kind: "committee") { edges { node { name } } }
      named: organizations(nameContains: "MAINE") { edges { node { id } } }
      page: organizations(first: 2) { pageInfo { hasNextPage endCursor } edges { node { name } } } }`);
    expect(d.all.totalCount).toBe(6);
    expect(d.all.edges.map((e: any) => e.node.id)).toEqual([
      'org:heritage-foundation',
      'org:maine-first-media',
      'org:senate-armed-services-committee',
      'org:presidential-campaigns',
      'org:the-department',
      'org:trump-campaign',
    ]);
    expect(d.committees.edges).toEqual([{ node: { name: 'Senate Armed Services Committee' } }]);
    expect(d.named.edges).toEqual([{ node: { id: 'org:maine-first-media' } }]);
    expect(d.page.pageInfo.hasNextPage).toBe(true);
    const next = await data(
      `{ organizations(first: 2, after: "${d.page.pageInfo.endCursor}") { edges { node { id } } } }`,
    );
    expect(next.organizations.edges.map((e: any) => e.node.id)).toEqual([
      'org:senate-armed-services-committee',
      'org:presidential-campaigns',
    ]);
  });

  it('API: events of every kind in time order, meetings as Meeting, claims marked', async () => {
    const d = await data(`{ events(first: 100) { totalCount edges { node {
      __typename ... on Event { id kind isClaim } ... on Meeting { id isClaim } } } } }`);
    expect(d.events.totalCount).toBe(8);
    expect(d.events.edges.map((e: any) => [e.node.__typename, e.node.id, e.node.isClaim])).toEqual([
      ['Event', 'event:ambassador-conversations-2016', true],
      ['Event', 'event:heritage-foundation-event-2016-07', false],
      ['Meeting', 'event:meeting-sessions-kislyak-2016-07', false],
      ['Event', 'event:republican-national-convention-2016', false],
      ['Meeting', 'event:meeting-sessions-kislyak-2016-09-08', false],
      ['Event', 'event:confirmation-hearing-2017-01-10', false],
      ['Meeting', 'event:meetings-with-career-officials-2017', false],
      ['Event', NEWS_CONFERENCE, false],
    ]);
  });

  it('named Cypher and CLI give the same lists; a capped table says so', async () => {
    const [orgs] = await cypher('organizations', {
      nameContains: null,
      kind: null,
      afterKey: null,
      afterId: null,
      limit: 101,
    });
    expect(Number(orgs?.total)).toBe(6);
    const [events] = await cypher('events', {
      nameContains: null,
      kind: 'meeting',
      afterKey: null,
      afterId: null,
      limit: 101,
    });
    const meetings = (events?.page as any[]).map((x) => x.node.id);
    expect(meetings).toEqual([
      'event:meeting-sessions-kislyak-2016-07',
      'event:meeting-sessions-kislyak-2016-09-08',
      'event:meetings-with-career-officials-2017',
    ]);
    const out = await json('events', '--kind', 'meeting');
    expect(out.events.edges.map((e: any) => e.node.id)).toEqual(meetings);
    const capped = await testimony('organizations', '--first', '2');
    expect(capped.code, capped.stderr).toBe(0);
    expect(capped.stdout).toMatch(/2 of 6; more with --after \S+/);
    const orgJson = await json('organizations', '--name', 'campaign');
    expect(orgJson.organizations.edges.map((e: any) => e.node.id)).toEqual([
      'org:presidential-campaigns',
      'org:trump-campaign',
    ]);
  });

  it('bad input: page sizes out of range, a foreign cursor', async () => {
    for (const query of [
      '{ organizations(first: 101) { totalCount } }',
      '{ events(first: 0) { totalCount } }',
      '{ events(after: "xyz") { totalCount } }',
    ])
      expect((await failure(query)).code).toBe('BAD_USER_INPUT');
    const cli = await testimony('events', '--first', '0');
    expect(cli.code).toBe(2);
  });
});

describe('the sentence around a quote', () => {
  it('API: Evidence.sentence on node evidence and relationship evidence, at its offsets in the source', async () => {
    const d = await data(`{
      node(id: "person:sarah-isgur-flores") { ... on Person { evidence { quote sentence sentenceStart sentenceEnd } } }
      meetings(participant: "sessions", with: "kislyak") { edges { node { participants { evidence { quote sentence sentenceStart sentenceEnd } } } } } }`);
    const spans = [
      ...d.node.evidence,
      ...d.meetings.edges.flatMap((e: any) => e.node.participants.flatMap((p: any) => p.evidence)),
    ];
    expect(spans.length).toBeGreaterThan(2);
    for (const span of spans) {
      expect(TEXT.slice(span.sentenceStart, span.sentenceEnd)).toBe(span.sentence);
      expect(span.sentence).toContain(span.quote);
    }
  });

  it('"4 p.m. EST" does not end a sentence; a quote spanning sentences gets them all', async () => {
    const { search } = await data(
      `{ search(text: "shortly after") { field evidence { quote sentence } } }`,
    );
    const hit = search.find((h: any) => h.evidence?.quote.includes('4 p.m.'));
    if (hit) expect(hit.evidence.sentence).toBe(FIRST_SENTENCE);
    expect(FIRST_SENTENCE).toMatch(
      /^The news conference began shortly after 4 p\.m\. EST, as a growing/,
    );
  });

  it('CLI: --format json carries the sentence; --wide prints it, --offsets where it lies', async () => {
    const out = await json('recusals', 'sessions');
    const [evidence] = out.recusals[0].evidence;
    expect(TEXT.slice(evidence.sentenceStart, evidence.sentenceEnd)).toBe(evidence.sentence);
    const wide = await testimony('countries', AMBASSADORS, '--wide', '--offsets');
    expect(wide.code, wide.stderr).toBe(0);
    const start = TEXT.indexOf(FLORES_SENTENCE);
    expect(wide.stdout).toContain(`in: “${FLORES_SENTENCE.slice(0, 20)}`);
    expect(wide.stdout).toContain(
      `sentence: ${SOURCE}#char=${start},${start + FLORES_SENTENCE.length}`,
    );
  });
});

describe('reads leave the graph as it was', () => {
  it('every new question, and each bad input, changes no node or relationship', async () => {
    const before = await graphChecksum(seeded.driver, seeded.database);
    await gql(api(), '{ demands(of: "nobody at all") { totalCount } }');
    await gql(api(), '{ events(first: 0) { totalCount } }');
    await gql(api(), '{ timeline(entity: "event:nothing-like-it") { kind } }');
    expect(await graphChecksum(seeded.driver, seeded.database)).toEqual(before);
  });
});
