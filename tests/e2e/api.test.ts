import { describe, expect, it } from 'vitest';
import { gql, useSeededApi } from '../support/api.js';

const seeded = useSeededApi();

async function data(query: string, variables?: Record<string, unknown>): Promise<any> {
  const response = await gql(seeded.api(), query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data;
}

describe('GraphQL over HTTP: every root field on the seeded graph', () => {
  it('node: by id, typed; an unknown id is null, not an error', async () => {
    const result =
      await data(`{ a: node(id: "person:jeff-sessions") { id ... on Person { name evidence { quote start end source { id } } } }
      b: node(id: "event:meeting-sessions-kislyak-2016-07") { __typename }
      c: node(id: "person:nobody") { id } }`);
    expect(result.a.name).toBe('Jeff Sessions');
    expect(result.a.evidence.length).toBeGreaterThan(0);
    expect(result.b.__typename).toBe('Meeting');
    expect(result.c).toBeNull();
  });

  it('person: by name or alias, case-insensitive; links in both directions', async () => {
    const result =
      await data(`{ s: person(name: "SESSIONS") { id meetings { id } statements { id } spokespeople { spokesperson { name } } recusals { matter { id } } roles { title } }
      f: person(name: "sarah isgur flores") { spokeFor { principal { name } statements { id } } }
      n: person(name: "Nobody") { id } }`);
    expect(result.s.id).toBe('person:jeff-sessions');
    expect(result.s.meetings.map((m: any) => m.id)).toEqual(
      expect.arrayContaining([
        'event:meeting-sessions-kislyak-2016-07',
        'event:meeting-sessions-kislyak-2016-09-08',
      ]),
    );
    expect(result.s.statements).toHaveLength(6);
    expect(result.s.spokespeople).toEqual([{ spokesperson: { name: 'Sarah Isgur Flores' } }]);
    expect(result.s.recusals).toEqual([{ matter: { id: 'matter:campaign-investigations' } }]);
    // Senator, committee member (the report's), senior member (Flores' claim), campaign member.
    expect(result.s.roles).toHaveLength(4);
    expect(result.f.spokeFor).toEqual([
      {
        principal: { name: 'Jeff Sessions' },
        statements: [{ id: 'statement:flores-defends-hearing-answer' }],
      },
    ]);
    expect(result.n).toBeNull();
  });

  it('people: paginates in a stable order with cursors, through every page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const result: any = await data(
        'query($after: String) { people(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }',
        { after },
      );
      expect(result.people.totalCount).toBe(4);
      seen.push(...result.people.edges.map((e: any) => e.node.name));
      if (!result.people.pageInfo.hasNextPage) break;
      after = result.people.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Donald Trump', 'Jeff Sessions', 'Sarah Isgur Flores', 'Sergey Kislyak']);
    const filtered = await data('{ people(nameContains: "isgur") { edges { node { name } } } }');
    expect(filtered.people.edges).toEqual([{ node: { name: 'Sarah Isgur Flores' } }]);
  });

  it('search: full text over names, aliases and statement text, with score and matched field', async () => {
    const result = await data(
      '{ k: search(text: "Kislyak") { node { id } score field } m: search(text: "misleading") { node { id } field } }',
    );
    expect(result.k[0]).toMatchObject({ node: { id: 'person:sergey-kislyak' }, field: 'name' });
    expect(result.k[0].score).toBeGreaterThan(0);
    expect(result.m[0]).toEqual({
      node: { id: 'statement:flores-defends-hearing-answer' },
      field: 'text',
    });
  });

  it('meetings: with whom and when; a month-precise meeting may overlap days inside its month (marked PARTIAL)', async () => {
    const both = await data(
      '{ meetings(participant: "person:jeff-sessions", with: "person:sergey-kislyak") { totalCount edges { node { id date { value precision start end } participants { role node { id } } evidence { quote } } } } }',
    );
    expect(both.meetings.edges.map((e: any) => e.node.date)).toEqual([
      { value: '2016-07', precision: 'MONTH', start: '2016-07-01', end: '2016-07-31' },
      { value: '2016-09-08', precision: 'DAY', start: '2016-09-08', end: '2016-09-08' },
    ]);
    // Certainly within mid-July: no meeting; overlapping it: July 2016, which may lie outside.
    const midJuly = await data(
      '{ within: meetings(with: "person:sergey-kislyak", from: "2016-07-15", to: "2016-07-20") { totalCount } meetings(with: "person:sergey-kislyak", from: "2016-07-15", to: "2016-07-20", dates: OVERLAPS) { edges { dateMatch node { id } } } }',
    );
    expect(midJuly.within.totalCount).toBe(0);
    expect(midJuly.meetings.edges).toEqual([
      { dateMatch: 'PARTIAL', node: { id: 'event:meeting-sessions-kislyak-2016-07' } },
    ]);
  });

  it('statements: by speaker, about, stance and date', async () => {
    const denies = await data(
      '{ statements(stance: DENIES) { totalCount edges { node { id } } } }',
    );
    expect(denies.statements.edges.map((e: any) => e.node.id).sort()).toEqual([
      'statement:sessions-hearing-answer',
      'statement:sessions-never-met-operatives',
    ]);
    const flores =
      await data(`{ statements(speaker: "person:sarah-isgur-flores", from: "2017-03-01", to: "2017-03-01") {
      edges { node { textKind medium saidAt { value text inferred } onBehalfOf { name } about { stance target { id } evidence { quote } } } } } }`);
    const statement = flores.statements.edges[0].node;
    expect(statement).toMatchObject({
      textKind: 'QUOTE',
      medium: 'written-statement',
      saidAt: { value: '2017-03-01', text: 'Wednesday evening', inferred: true },
      onBehalfOf: { name: 'Jeff Sessions' },
    });
    expect(statement.about.map((a: any) => a.stance).sort()).toEqual([
      'ASSERTS',
      'ASSERTS',
      'DEFENDS',
    ]);
    const about = await data(
      '{ statements(about: "statement:sessions-hearing-answer") { totalCount } }',
    );
    expect(about.statements.totalCount).toBe(4);
  });

  it('recusals: Sessions from the campaign investigations, with his words and evidence', async () => {
    const result = await data(
      '{ recusals(person: "person:jeff-sessions") { id person { name } matter { name } announcedAt { value precision } scope statement { id } evidence { quote start end } } }',
    );
    expect(result.recusals).toHaveLength(1);
    expect(result.recusals[0]).toMatchObject({
      announcedAt: { value: '2017-03-02', precision: 'DAY' },
      statement: { id: 'statement:sessions-written-statement' },
    });
    expect(result.recusals[0].evidence[0].quote).toContain('I have decided to recuse myself');
  });

  it("timeline: Sessions' events and statements in time order, month and year ranges by their middle", async () => {
    const result = await data(
      '{ timeline(entity: "person:jeff-sessions") { kind role summary date { value precision start end } } }',
    );
    const entries = result.timeline as { date: { start: string | null; end: string | null } }[];
    expect(entries.length).toBeGreaterThan(10);
    const middle = (d: { start: string | null; end: string | null }) => {
      const start = Date.parse(d.start ?? d.end ?? ''),
        end = Date.parse(d.end ?? d.start ?? '');
      return start + Math.floor((end - start) / 86_400_000 / 2) * 86_400_000;
    };
    for (let i = 1; i < entries.length; i += 1)
      expect(middle(entries[i]!.date)).toBeGreaterThanOrEqual(middle(entries[i - 1]!.date));
    const values = result.timeline.map((e: any) => e.date.value);
    expect(values.indexOf('2016-07')).toBeLessThan(values.indexOf('2016-09-08'));
    expect(values.indexOf('2016-09-08')).toBeLessThan(values.indexOf('2017-01-10'));
    const window = await data(
      '{ timeline(entity: "person:jeff-sessions", from: "2017-03-01", to: "2017-03-02") { date { value } } }',
    );
    expect(
      window.timeline.every((e: any) => e.date.value >= '2017' || e.date.value.startsWith('..')),
    ).toBe(true);
  });

  it('shortestPath: Flores -SPOKE_FOR-> Sessions -MET_WITH-> Kislyak, with dates and evidence on each step', async () => {
    const result =
      await data(`{ shortestPath(from: "person:sarah-isgur-flores", to: "person:sergey-kislyak", via: ["SPOKE_FOR", "MET_WITH"]) {
      length steps { type from { id } to { id } date { value precision } evidence { quote source { id } } } } }`);
    const path = result.shortestPath;
    expect(path.length).toBe(2);
    expect(path.steps.map((s: any) => [s.from.id, s.type, s.to.id])).toEqual([
      ['person:sarah-isgur-flores', 'SPOKE_FOR', 'person:jeff-sessions'],
      ['person:jeff-sessions', 'MET_WITH', 'person:sergey-kislyak'],
    ]);
    for (const step of path.steps) {
      expect(step.evidence.length).toBeGreaterThan(0);
      expect(step.date).not.toBeNull();
    }
    const none = await data(
      '{ shortestPath(from: "person:sarah-isgur-flores", to: "person:sergey-kislyak", maxHops: 1) { length } }',
    );
    expect(none.shortestPath).toBeNull();
  });

  it('paths: all shortest paths (both meetings give a path)', async () => {
    const result = await data(
      '{ paths(from: "person:sarah-isgur-flores", to: "person:sergey-kislyak", via: ["SPOKE_FOR", "MET_WITH"]) { length steps { date { value } } } }',
    );
    expect(result.paths).toHaveLength(2);
    expect(result.paths.map((p: any) => p.steps[1].date.value).sort()).toEqual([
      '2016-07',
      '2016-09-08',
    ]);
  });

  it('contradictions: the hearing answer beside the two meetings with Kislyak and the statements defending it', async () => {
    const result = await data(`{ contradictions(person: "person:jeff-sessions") {
      statement { id text } speaker { id } saidAt { value }
      deniedFacts { fact { id } inferred evidence { quote } }
      responses { id speaker { id } } } }`);
    expect(result.contradictions).toHaveLength(1);
    const [c] = result.contradictions;
    expect(c.statement.id).toBe('statement:sessions-hearing-answer');
    expect(c.speaker.id).toBe('person:jeff-sessions');
    expect(c.saidAt.value).toBe('2017-01-10');
    expect(c.deniedFacts.map((f: any) => f.fact.id)).toEqual([
      'event:meeting-sessions-kislyak-2016-07',
      'event:meeting-sessions-kislyak-2016-09-08',
    ]);
    for (const fact of c.deniedFacts) expect(fact.evidence.length).toBeGreaterThan(0);
    expect(c.responses.map((r: any) => r.speaker.id)).toEqual(
      expect.arrayContaining(['person:sarah-isgur-flores', 'person:jeff-sessions']),
    );
  });

  it('sources and stats', async () => {
    const result = await data(
      '{ sources { id title kind publishedAt { value precision } evidence { quote } } stats { nodes relationships labels { name count } types { name count } } }',
    );
    expect(result.sources.map((s: any) => s.kind).sort()).toEqual(['news-report', 'tweet']);
    expect(result.stats.labels).toEqual(
      expect.arrayContaining([
        { name: 'Person', count: 4 },
        { name: 'Evidence', count: 68 },
      ]),
    );
    expect(result.stats.types).toEqual(expect.arrayContaining([{ name: 'MET_WITH', count: 2 }]));
  });
});

describe('performance properties, by counting round trips to Neo4j', () => {
  const nested = (first: number) =>
    `{ people(first: ${first}) { edges { node { name evidence { quote source { title } } statements { text evidence { quote } about { stance target { id } } } meetings { participants { node { id } } } } } } }`;

  it('the number of Cypher round trips is bounded by the depth of the query, not by the number of results', async () => {
    const roundTrips = async (first: number) => {
      const before = seeded.api().executor.roundTrips;
      await data(nested(first));
      return seeded.api().executor.roundTrips - before;
    };
    // The query has 8 levels of lists to fetch (people; their evidence and its sources; their
    // statements, the statements' evidence and claims; their meetings and the participants).
    // Two people (Trump, Sessions) already reach every level; four return twice the rows.
    const two = await roundTrips(2);
    const four = await roundTrips(4);
    expect(four).toBe(two);
    expect(four).toBeLessThanOrEqual(8);
  });
});
