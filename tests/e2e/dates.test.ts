import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { gql, useSeededApi } from '../support/api.js';
import { neo4jEnv, runCli } from '../support/cli.js';
import { testCoordinates } from '../support/neo4j.js';

/**
 * Date honesty (issue 12): a from/to window keeps only what certainly lies inside it unless asked
 * for what may overlap it (each such entry marked), an interval open at its start has its own
 * precision and sorts by its end before that day's events, and every surface (API, CLI table and
 * JSON, named Cypher) carries the same date fields and the same order. All on the bundled report.
 */
const seeded = useSeededApi();
const testimony = (...args: string[]) => runCli(args, neo4jEnv(testCoordinates()), { bin: true });

const JULY = 'event:meeting-sessions-kislyak-2016-07';
const SEPTEMBER = 'event:meeting-sessions-kislyak-2016-09-08';
const CAREER = 'event:meetings-with-career-officials-2017';
const NEWS_CONFERENCE = 'event:news-conference-2017-03-02';
const CONVERSATIONS = 'event:ambassador-conversations-2016';
const HERITAGE = 'event:heritage-foundation-event-2016-07';

/** Sessions' timeline, in the one order every surface gives. */
const SESSIONS_TIMELINE = [
  CONVERSATIONS, // 2016: sorts as its middle, 1 July
  HERITAGE, // July 2016: as 16 July (then by id)
  JULY,
  SEPTEMBER,
  'event:confirmation-hearing-2017-01-10',
  'statement:sessions-hearing-answer',
  CAREER, // ../2017-03-02: ended that day, before the day's events
  NEWS_CONFERENCE, // ~16:00 EST that day
  'statement:sessions-announces-recusal', // known only to the day: after the timed event
  'statement:sessions-answered-as-asked',
  'statement:sessions-never-met-operatives',
  'statement:sessions-recusal-not-confirmation',
  'statement:sessions-written-statement',
];

const CAREER_DATE = {
  value: '../2017-03-02',
  precision: 'OPEN_START',
  start: null,
  end: '2017-03-02',
  text: 'During the course of the last several weeks … Having concluded those meetings today',
  approximate: false,
  inferred: true,
  inferredFrom:
    '"today" is the day of the news conference, 2 March 2017; the start ("the last several weeks") is not given',
  sortKey: '2017-03-02 0 .. 2017-03-02 ~',
};
const NEWS_CONFERENCE_DATE = {
  value: '2017-03-02T16:00-05:00',
  precision: 'MINUTE',
  start: '2017-03-02',
  end: '2017-03-02',
  text: 'shortly after 4 p.m. EST',
  approximate: true,
  inferred: true,
  inferredFrom:
    'the day is the report\'s (2 March 2017, the date of the embedded tweet; "today" in the written statement)',
  sortKey: '2017-03-02 1 2017-03-02 2017-03-02 2017-03-02T21:00Z',
};
const DATE_FIELDS = 'value precision start end text approximate inferred inferredFrom sortKey';

async function data(query: string): Promise<any> {
  const response = await gql(seeded.api(), query);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data;
}

/** The first error of a query that must fail. */
async function errorOf(query: string) {
  const response = await gql(seeded.api(), query);
  expect(response.errors?.length, JSON.stringify(response.data)).toBeGreaterThan(0);
  return response.errors?.[0];
}

/** A named query as it is in cypher/queries/, run in a read transaction (as in Neo4j Browser). */
async function cypher(name: string, params: Record<string, unknown>) {
  const text = readFileSync(join(PROJECT_ROOT, 'cypher', 'queries', `${name}.cypher`), 'utf8');
  const result = await seeded.driver.executeQuery(text, params, {
    database: seeded.database,
    routing: neo4j.routing.READ,
  });
  return result.records.map((r) => r.toObject());
}

async function json(...args: string[]): Promise<any> {
  const run = await testimony(...args, '--format', 'json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

const YEAR_2016 = { from: '2016-01-01', to: '2016-12-31' };
const timelineParams = (extra: Record<string, unknown> = {}) => ({
  entity: 'person:jeff-sessions',
  from: null,
  to: null,
  dates: 'within',
  claims: 'include',
  ...extra,
});
const meetingParams = (extra: Record<string, unknown> = {}) => ({
  participant: 'person:jeff-sessions',
  with: null,
  from: null,
  to: null,
  dates: 'within',
  claims: 'include',
  afterKey: null,
  afterId: null,
  limit: 101,
  total: true,
  ...extra,
});

describe('date windows: certainly within by default, what may overlap only when asked, and marked', () => {
  it('API meetings: a 2016 window gives the two 2016 meetings, never the one that ended in 2017', async () => {
    const within =
      await data(`{ meetings(participant: "person:jeff-sessions", from: "2016-01-01", to: "2016-12-31") {
      totalCount edges { dateMatch node { id } } } }`);
    expect(within.meetings).toEqual({
      totalCount: 2,
      edges: [
        { dateMatch: 'WITHIN', node: { id: JULY } },
        { dateMatch: 'WITHIN', node: { id: SEPTEMBER } },
      ],
    });
    const overlapping =
      await data(`{ meetings(participant: "person:jeff-sessions", from: "2016-01-01", to: "2016-12-31", dates: OVERLAPS) {
      totalCount edges { dateMatch node { id } } } }`);
    expect(overlapping.meetings).toEqual({
      totalCount: 3,
      edges: [
        { dateMatch: 'WITHIN', node: { id: JULY } },
        { dateMatch: 'WITHIN', node: { id: SEPTEMBER } },
        { dateMatch: 'PARTIAL', node: { id: CAREER } },
      ],
    });
    // Without a window nothing is marked.
    const all = await data(
      '{ meetings(participant: "person:jeff-sessions") { edges { dateMatch node { id } } } }',
    );
    expect(all.meetings.edges.map((e: any) => [e.node.id, e.dateMatch])).toEqual([
      [JULY, null],
      [SEPTEMBER, null],
      [CAREER, null],
    ]);
  });

  it('API: an open start is never certainly after a from; a month overlapping a window is PARTIAL', async () => {
    const fromFeb =
      await data(`{ meetings(participant: "person:jeff-sessions", from: "2017-02-01") { edges { node { id } } }
      overlapping: meetings(participant: "person:jeff-sessions", from: "2017-02-01", dates: OVERLAPS) { edges { dateMatch node { id } } } }`);
    expect(fromFeb.meetings.edges).toEqual([]);
    expect(fromFeb.overlapping.edges).toEqual([{ dateMatch: 'PARTIAL', node: { id: CAREER } }]);
    // Up to 2 March the meetings certainly ended: an open start is within a window without a from.
    const toMarch = await data(
      '{ meetings(participant: "person:jeff-sessions", from: null, to: "2017-03-02") { edges { dateMatch node { id } } } }',
    );
    expect(toMarch.meetings.edges.map((e: any) => [e.node.id, e.dateMatch])).toEqual([
      [JULY, 'WITHIN'],
      [SEPTEMBER, 'WITHIN'],
      [CAREER, 'WITHIN'],
    ]);
    const midJuly =
      await data(`{ within: meetings(with: "person:sergey-kislyak", from: "2016-07-15", to: "2016-07-20") { totalCount }
      overlapping: meetings(with: "person:sergey-kislyak", from: "2016-07-15", to: "2016-07-20", dates: OVERLAPS) { edges { dateMatch node { id } } } }`);
    expect(midJuly.within.totalCount).toBe(0);
    expect(midJuly.overlapping.edges).toEqual([{ dateMatch: 'PARTIAL', node: { id: JULY } }]);
  });

  it('API timeline: 2016 gives the claim, the Heritage event and the two meetings; OVERLAPS adds the career meetings, PARTIAL', async () => {
    const result = await data(`{
      within: timeline(entity: "person:jeff-sessions", from: "2016-01-01", to: "2016-12-31") { dateMatch node { id } }
      overlapping: timeline(entity: "person:jeff-sessions", from: "2016-01-01", to: "2016-12-31", dates: OVERLAPS) { dateMatch node { id } } }`);
    const pairs = (list: any[]) => list.map((e) => [e.node.id, e.dateMatch]);
    expect(pairs(result.within)).toEqual([
      [CONVERSATIONS, 'WITHIN'],
      [HERITAGE, 'WITHIN'],
      [JULY, 'WITHIN'],
      [SEPTEMBER, 'WITHIN'],
    ]);
    expect(pairs(result.overlapping)).toEqual([...pairs(result.within), [CAREER, 'PARTIAL']]);
  });

  it('API statements: the same window semantics and marks', async () => {
    const result = await data(`{
      day: statements(speaker: "person:jeff-sessions", from: "2017-03-02", to: "2017-03-02") { totalCount edges { dateMatch node { id } } }
      january: statements(speaker: "person:jeff-sessions", to: "2017-01-31", dates: OVERLAPS) { edges { dateMatch node { id } } } }`);
    expect(result.day.totalCount).toBe(5);
    expect(result.day.edges.every((e: any) => e.dateMatch === 'WITHIN')).toBe(true);
    expect(result.january.edges).toEqual([
      { dateMatch: 'WITHIN', node: { id: 'statement:sessions-hearing-answer' } },
    ]);
  });

  it('named Cypher (meetings, timeline, statements) takes $dates and gives the same answers and marks', async () => {
    const meetings = async (dates: string) =>
      ((await cypher('meetings', meetingParams({ ...YEAR_2016, dates })))[0]?.page as any[]).map(
        (x) => [x.node.id, x.dateMatch],
      );
    expect(await meetings('within')).toEqual([
      [JULY, 'within'],
      [SEPTEMBER, 'within'],
    ]);
    expect(await meetings('overlaps')).toEqual([
      [JULY, 'within'],
      [SEPTEMBER, 'within'],
      [CAREER, 'partial'],
    ]);
    const timeline = async (dates: string) =>
      (await cypher('timeline', timelineParams({ ...YEAR_2016, dates }))).map((r: any) => [
        r.node.id,
        r.dateMatch,
      ]);
    expect(await timeline('within')).toEqual([
      [CONVERSATIONS, 'within'],
      [HERITAGE, 'within'],
      [JULY, 'within'],
      [SEPTEMBER, 'within'],
    ]);
    expect((await timeline('overlaps')).at(-1)).toEqual([CAREER, 'partial']);
    const [statements] = await cypher('statements', {
      speaker: 'person:jeff-sessions',
      about: null,
      at: null,
      stance: null,
      speakerKind: null,
      from: '2017-03-02',
      to: '2017-03-02',
      dates: 'within',
      afterKey: null,
      afterId: null,
      limit: 101,
      total: true,
    });
    expect(neo4j.integer.toNumber(statements?.total as number)).toBe(5);
  });

  it('CLI: meetings --from/--to certainly within; --overlapping marks "may fall outside" in the table and PARTIAL in JSON', async () => {
    const within = await json('meetings', 'sessions', '--from', '2016-01-01', '--to', '2016-12-31');
    expect(within.meetings.edges.map((e: any) => [e.node.id, e.dateMatch])).toEqual([
      [JULY, 'WITHIN'],
      [SEPTEMBER, 'WITHIN'],
    ]);
    const overlapping = await json(
      'meetings',
      'sessions',
      '--from',
      '2016-01-01',
      '--to',
      '2016-12-31',
      '--overlapping',
    );
    expect(overlapping.meetings.edges.map((e: any) => [e.node.id, e.dateMatch])).toEqual([
      [JULY, 'WITHIN'],
      [SEPTEMBER, 'WITHIN'],
      [CAREER, 'PARTIAL'],
    ]);
    const table = await testimony(
      'meetings',
      'sessions',
      '--from',
      '2016-01-01',
      '--to',
      '2016-12-31',
      '--overlapping',
    );
    expect(table.code).toBe(0);
    expect(table.stdout.match(/may fall outside 2016-01-01\.\.2016-12-31/g)).toHaveLength(1);
    expect(table.stdout).toMatch(
      /\.\.\/2017-03-02 \(open start, inferred\)[^\n]*│ Sessions' meetings with senior career/,
    );
    const plain = await testimony(
      'meetings',
      'sessions',
      '--from',
      '2016-01-01',
      '--to',
      '2016-12-31',
    );
    expect(plain.stdout).not.toContain('2017-03-02');
    expect(plain.stdout).not.toContain('may fall outside');
  });

  it('CLI: timeline and statements take the same window', async () => {
    const timeline = await json(
      'timeline',
      'sessions',
      '--from',
      '2016-01-01',
      '--to',
      '2016-12-31',
    );
    expect(timeline.timeline.map((e: any) => e.node.id)).toEqual([
      CONVERSATIONS,
      HERITAGE,
      JULY,
      SEPTEMBER,
    ]);
    const overlapping = await json(
      'timeline',
      'sessions',
      '--from',
      '2016-01-01',
      '--to',
      '2016-12-31',
      '--overlapping',
    );
    expect(overlapping.timeline.at(-1)).toMatchObject({
      dateMatch: 'PARTIAL',
      node: { id: CAREER },
    });
    // Nothing certainly within: JSON says so, and the exit status too (an empty answer is never silent).
    const none = await testimony(
      'statements',
      'flores',
      '--from',
      '2017-03-02',
      '--format',
      'json',
    );
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout).statements.totalCount).toBe(0);
    expect(none.stderr).toContain('[NOT_FOUND]');
    const day = await json('statements', 'flores', '--from', '2017-03-01', '--to', '2017-03-01');
    expect(day.statements.edges).toEqual([
      expect.objectContaining({
        dateMatch: 'WITHIN',
        node: expect.objectContaining({ id: 'statement:flores-defends-hearing-answer' }),
      }),
    ]);
  });
});

describe('bad windows are typed errors naming the argument', () => {
  it('API: a day that does not exist, a value that is not a day, from after to, an unknown filter', async () => {
    const impossible = await errorOf(
      '{ meetings(participant: "person:jeff-sessions", from: "2017-02-30") { totalCount } }',
    );
    expect(impossible?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(impossible?.message).toContain('"from"');
    expect(impossible?.message).toContain('2017-02-30 does not exist');
    const year = await errorOf('{ timeline(entity: "person:jeff-sessions", to: "2016") { kind } }');
    expect(year?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(year?.message).toContain('"to"');
    const reversed = await errorOf(
      '{ statements(from: "2017-01-01", to: "2016-01-01") { totalCount } }',
    );
    expect(reversed?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
    expect(reversed?.message).toBe(
      'Argument "from" must not be after "to"; got from 2017-01-01, to 2016-01-01.',
    );
    const timelineReversed = await errorOf(
      '{ timeline(entity: "person:jeff-sessions", from: "2017-01-01", to: "2016-01-01") { kind } }',
    );
    expect(timelineReversed?.extensions).toMatchObject({ argument: 'from' });
    const unknown = await gql(
      seeded.api(),
      '{ timeline(entity: "person:jeff-sessions", dates: SOMETIMES) { kind } }',
    );
    expect(unknown.errors?.[0]?.message).toBe(
      'Argument "dates" must be one of WITHIN, OVERLAPS; got SOMETIMES.',
    );
  });

  it('CLI: --from 2017-02-30, --to 2016 and --from after --to exit 2, naming the option', async () => {
    const impossible = await testimony('meetings', 'sessions', '--from', '2017-02-30');
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain(
      "option '--from <date>' argument '2017-02-30' is invalid. 2017-02-30 does not exist (2017-02 has 28 days).",
    );
    const year = await testimony('timeline', 'sessions', '--to', '2016');
    expect(year.code).toBe(2);
    expect(year.stderr).toContain(
      "option '--to <date>' argument '2016' is invalid. expected a day as YYYY-MM-DD",
    );
    for (const command of ['timeline', 'meetings', 'statements']) {
      const reversed = await testimony(
        command,
        'sessions',
        '--from',
        '2017-01-01',
        '--to',
        '2016-01-01',
      );
      expect(reversed.code, command).toBe(2);
      expect(reversed.stderr).toContain(
        '[USAGE] --from 2017-01-01 is after --to 2016-01-01: no day lies between.',
      );
    }
  });
});

describe('open intervals: their own precision, sorted by their end before that day', () => {
  it('API: ../2017-03-02 is OPEN_START with no start, and sorts before the 4 p.m. news conference', async () => {
    const result = await data(
      `{ timeline(entity: "person:jeff-sessions") { node { id } date { ${DATE_FIELDS} } } }`,
    );
    expect(result.timeline.map((e: any) => e.node.id)).toEqual(SESSIONS_TIMELINE);
    const dateOf = (id: string) => result.timeline.find((e: any) => e.node.id === id).date;
    expect(dateOf(CAREER)).toEqual(CAREER_DATE);
    expect(dateOf(NEWS_CONFERENCE)).toEqual(NEWS_CONFERENCE_DATE);
    // The order is the sort key's, then the id's.
    const keys = result.timeline.map((e: any) => `${e.date.sortKey}|${e.node.id}`);
    expect(keys).toEqual([...keys].sort());
    const meeting = await data(
      `{ node(id: "${CAREER}") { ... on Meeting { date { precision start end } } } }`,
    );
    expect(meeting.node.date).toEqual({ precision: 'OPEN_START', start: null, end: '2017-03-02' });
  });

  it('named Cypher: timeline.cypher gives the same order, and the stored precision and sort key', async () => {
    const rows = await cypher('timeline', timelineParams());
    expect(rows.map((r: any) => r.node.id)).toEqual(SESSIONS_TIMELINE);
    const career = rows.find((r: any) => r.node.id === CAREER)?.node;
    expect(career).toMatchObject({
      date: '../2017-03-02',
      datePrecision: 'open-start',
      dateSortKey: CAREER_DATE.sortKey,
    });
    expect(career?.dateStart).toBeUndefined();
    const [page] = await cypher('meetings', meetingParams());
    expect((page?.page as any[]).map((x) => x.node.id)).toEqual([JULY, SEPTEMBER, CAREER]);
  });

  it('CLI: the timeline table and JSON give the same order; the table says "open start"', async () => {
    const timeline = await json('timeline', 'sessions');
    expect(timeline.timeline.map((e: any) => e.node.id)).toEqual(SESSIONS_TIMELINE);
    const table = (await testimony('timeline', 'sessions')).stdout;
    const career = table.indexOf('../2017-03-02 (open start, inferred)');
    const news = table.indexOf('~2017-03-02 16:00-05:00 (approx., inferred)');
    const statement = table.indexOf('He has examined ethics rules');
    expect(career).toBeGreaterThan(0);
    expect(career).toBeLessThan(news);
    expect(news).toBeLessThan(statement);
    const viaQuery = await testimony(
      'query',
      'timeline',
      '--param',
      'entity=person:jeff-sessions',
      '--param',
      'from=null',
      '--param',
      'to=null',
      '--param',
      'dates=within',
      '--param',
      'claims=include',
      '--format',
      'json',
    );
    expect(JSON.parse(viaQuery.stdout).map((r: any) => r.node.id)).toEqual(SESSIONS_TIMELINE);
  });

  it('Person.meetings and the meetings query agree on the order', async () => {
    const result = await data(`{ person(id: "person:jeff-sessions") { meetings { id } }
      meetings(participant: "person:jeff-sessions") { edges { node { id } } } }`);
    expect(result.person.meetings.map((m: any) => m.id)).toEqual([JULY, SEPTEMBER, CAREER]);
    expect(result.meetings.edges.map((e: any) => e.node.id)).toEqual([JULY, SEPTEMBER, CAREER]);
  });
});

describe('approximate and inferred dates: every surface says so, and why', () => {
  it('CLI JSON carries every date field the API gives, equal to the API', async () => {
    const api = await data(
      `{ timeline(entity: "person:jeff-sessions") { node { id } date { ${DATE_FIELDS} } } }`,
    );
    const cli = await json('timeline', 'sessions');
    expect(cli.timeline.map((e: any) => e.date)).toEqual(api.timeline.map((e: any) => e.date));
    const news = cli.timeline.find((e: any) => e.node.id === NEWS_CONFERENCE);
    expect(news.date).toEqual(NEWS_CONFERENCE_DATE);
    const meetings = await json('meetings', 'sessions');
    expect(meetings.meetings.edges[2].node.date).toEqual(CAREER_DATE);
    const path = await json('path', 'flores', 'kislyak');
    expect(path.shortestPath.steps[0].date).toEqual({
      value: '2017-03-01',
      precision: 'DAY',
      start: '2017-03-01',
      end: '2017-03-01',
      text: 'Wednesday evening',
      approximate: false,
      inferred: true,
      inferredFrom: 'the Wednesday before the report of Thursday 2 March 2017',
      sortKey: '2017-03-01 1 2017-03-01 2017-03-01 ~',
    });
  });

  it('CLI tables: "~… (approx., inferred)", the report\'s words, and from what it was inferred', async () => {
    const timeline = (await testimony('timeline', 'sessions')).stdout;
    expect(timeline).toMatch(
      /│ ~2017-03-02 16:00-05:00 \(approx\., inferred\)\s*│ event\s*│ speaker\s*│ Sessions' news conference on his recusal/,
    );
    expect(timeline).toContain('│ “shortly after 4 p.m. EST”');
    expect(timeline).toContain("│ inferred from: the day is the report's (2 March 2017, the d… ");
    const statements = (await testimony('statements', 'flores')).stdout;
    expect(statements).toMatch(/│ 2017-03-01 \(inferred\)\s*│ written-statement \(quote\)/);
    expect(statements).toContain('│ “Wednesday evening”');
    expect(statements).toContain('│ inferred from: the Wednesday before the report of Thursday … ');
    const wide = (await testimony('statements', 'flores', '--wide')).stdout;
    expect(wide).toContain(
      '│ inferred from: the Wednesday before the report of Thursday 2 March 2017 ',
    );
    const contradictions = (await testimony('contradictions', 'sessions')).stdout;
    expect(contradictions).toContain(
      'Jeff Sessions, 2017-01-10 ("January 10", inferred): Asked if he had contact',
    );
    const wideContradictions = (await testimony('contradictions', 'sessions', '--wide')).stdout;
    expect(wideContradictions).toContain(
      'Jeff Sessions, 2017-01-10 ("January 10", inferred: the year is that of the report (2017)): Asked',
    );
  });
});

describe('quotes whole (--wide) and where they lie (--offsets)', () => {
  const JULY_QUOTE =
    'The first conversation took place amidst a group of ambassadors who had approached Sessions at a Heritage Foundation event during the Republican National Convention in July 2016';

  it('meetings: cut by default with how many more; --wide prints every quote whole', async () => {
    const narrow = (await testimony('meetings', 'sessions')).stdout;
    expect(narrow).not.toContain(JULY_QUOTE);
    expect(narrow).toContain(`“${JULY_QUOTE.slice(0, 69)}…”`);
    expect(narrow).toContain('(+1 more: --wide)');
    expect(narrow).not.toContain('#char=');
    const wide = (await testimony('meetings', 'sessions', '--wide')).stdout;
    expect(wide).toContain(`“${JULY_QUOTE}”`);
    expect(wide).toContain('“Having concluded those meetings today”');
    expect(wide).not.toContain('more: --wide');
    expect(wide).not.toContain('#char=');
  });

  it("--offsets shows each quote's place as its evidence id, equal to the API's start and end", async () => {
    const api = await data(
      `{ node(id: "${JULY}") { ... on Meeting { evidence { quote start end source { id } } } } }`,
    );
    expect(api.node.evidence).toEqual([
      {
        quote: JULY_QUOTE,
        start: 2326,
        end: 2503,
        source: { id: 'source:sessions-recusal-report-2017-03-02' },
      },
    ]);
    const offsets = (await testimony('meetings', 'sessions', '--offsets')).stdout;
    expect(offsets).toContain('│ source:sessions-recusal-report-2017-03-02#char=2326,2503 ');
    expect(offsets).toContain('│ source:sessions-recusal-report-2017-03-02#char=866,974 ');
    const both = (await testimony('meetings', 'sessions', '--wide', '--offsets')).stdout;
    expect(both).toContain('│ source:sessions-recusal-report-2017-03-02#char=1166,1203 ');
    const source = readFileSync(
      join(PROJECT_ROOT, 'seed', 'sessions-recusal-2017-03-02.txt'),
      'utf8',
    );
    expect(source.slice(2326, 2503)).toBe(JULY_QUOTE);
  });

  it('statements, path, timeline, contradictions, who-speaks-for, recusals and roles take --wide and --offsets', async () => {
    const statements = (await testimony('statements', 'flores', '--offsets')).stdout;
    expect(statements).toMatch(/│ evidence\s*│/);
    expect(statements).toContain('#char=');
    const wideText = (await testimony('statements', 'flores', '--wide')).stdout;
    expect(wideText).toContain(
      'not about meetings he took as a senator and a member of the Armed Services Committee.',
    );
    for (const args of [
      ['path', 'flores', 'kislyak'],
      ['timeline', 'sessions'],
      ['contradictions', 'sessions'],
      ['who-speaks-for', 'sessions'],
      ['recusals', 'sessions'],
      ['roles', 'kislyak'],
    ]) {
      const run = await testimony(...args, '--wide', '--offsets');
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout, args.join(' ')).toContain(
        'source:sessions-recusal-report-2017-03-02#char=',
      );
      expect(run.stdout, args.join(' ')).not.toContain('more: --wide');
    }
  });
});
