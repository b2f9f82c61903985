import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/index.js';
import { bundledDatasets, prepareDatasets, seed } from '../../src/loader/index.js';
import { silentReporter } from '../../src/log.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { gql } from '../support/api.js';
import { neo4jEnv, runCli } from '../support/cli.js';
import { clearGraph } from '../support/graph.js';
import { seedBundled, testCoordinates, testDriver } from '../support/neo4j.js';

/**
 * Claims are not facts (issue 11, point 5): an event known only from someone's statement
 * (`claimedBy`) is marked as a claim, with its claimant and count, in meetings, timelines, paths,
 * MET_WITH and the CLI, and can be left out. The bundled report has one claim (Flores' "over 25"
 * conversations with ambassadors, an event of kind `conversations`, not a meeting);
 * tests/fixtures/datasets/claims adds a claimed meeting (Mendes: Reyes met Tan "at least three
 * times") beside two recorded ones. The fixture shares no id with the bundled dataset, so every
 * bundled answer stays as it is.
 */
const FIXTURE = join(PROJECT_ROOT, 'tests', 'fixtures', 'datasets', 'claims', 'claims.yaml');
const FLORES_CLAIM = 'statement:flores-defends-hearing-answer';
const CONVERSATIONS = 'event:ambassador-conversations-2016';
const MENDES_CLAIM = 'statement:fixture-mendes-secret-meetings';
const SECRET = 'event:fixture-reyes-tan-secret-2020';
const CITY_HALL = 'event:fixture-reyes-tan-2020-03-03';

const driver = testDriver();
const coordinates = testCoordinates();
const { database } = coordinates;
let api: RunningApi | undefined;
const testimony = (...args: string[]) => runCli(args, neo4jEnv(coordinates), { bin: true });

beforeAll(async () => {
  await clearGraph(driver, database);
  await seed(driver, await prepareDatasets([...bundledDatasets(), FIXTURE]), {
    database,
    reporter: silentReporter,
  });
  api = await startApi({ driver, database, host: '127.0.0.1', port: 0, queryTimeoutMs: 5000 });
});
afterAll(async () => {
  await api?.stop();
  // Leave the bundled graph alone in the database, as the other test files expect.
  await clearGraph(driver, database);
  await seedBundled(driver);
  await driver.close();
});

async function data(query: string): Promise<any> {
  if (!api) throw new Error('the API is not started');
  const response = await gql(api, query);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data;
}

const CLAIMANT = 'claimedBy { id speaker { id ... on Person { name } } }';

describe('API: claims are marked, and can be left out', () => {
  it("timeline: Flores' 'over 25' conversations are a claim, by her statement; the rest is recorded", async () => {
    const query = (claims: string) =>
      `{ timeline(entity: "person:jeff-sessions", claims: ${claims}) { node { id } isClaim count ${CLAIMANT} } }`;
    const all = (await data(query('INCLUDE'))).timeline;
    const claimed = all.filter((e: any) => e.isClaim);
    expect(claimed).toEqual([
      {
        node: { id: CONVERSATIONS },
        isClaim: true,
        count: 'over 25',
        claimedBy: {
          id: FLORES_CLAIM,
          speaker: { id: 'person:sarah-isgur-flores', name: 'Sarah Isgur Flores' },
        },
      },
    ]);
    expect(all.filter((e: any) => !e.isClaim).every((e: any) => e.claimedBy === null)).toBe(true);
    // The default is INCLUDE: the same answer without the argument.
    const byDefault = (
      await data(`{ timeline(entity: "person:jeff-sessions") { node { id } isClaim } }`)
    ).timeline;
    expect(byDefault.map((e: any) => e.node.id)).toEqual(all.map((e: any) => e.node.id));
    // EXCLUDE: recorded facts only, in the same order; ONLY: the claim alone.
    const recorded = (await data(query('EXCLUDE'))).timeline;
    expect(recorded.map((e: any) => e.node.id)).toEqual(
      all.filter((e: any) => !e.isClaim).map((e: any) => e.node.id),
    );
    expect((await data(query('ONLY'))).timeline.map((e: any) => e.node.id)).toEqual([
      CONVERSATIONS,
    ]);
  });

  it('the claimed event itself says isClaim, count and claimedBy', async () => {
    const result = await data(
      `{ node(id: "${CONVERSATIONS}") { __typename ... on Event { isClaim count ${CLAIMANT} } }
         recorded: node(id: "event:meeting-sessions-kislyak-2016-09-08") { ... on Meeting { isClaim count claimedBy { id } } } }`,
    );
    expect(result.node).toMatchObject({
      __typename: 'Event',
      isClaim: true,
      count: 'over 25',
      claimedBy: { id: FLORES_CLAIM, speaker: { name: 'Sarah Isgur Flores' } },
    });
    expect(result.recorded).toEqual({ isClaim: false, count: null, claimedBy: null });
  });

  it("meetings: Mendes' claimed meeting is marked with her statement and count; EXCLUDE and ONLY split them", async () => {
    const query = (claims: string) =>
      `{ meetings(participant: "person:alma-reyes", claims: ${claims}) { totalCount edges { node { id isClaim count ${CLAIMANT} } } } }`;
    const all = (await data(query('INCLUDE'))).meetings;
    expect(all.totalCount).toBe(2);
    const byId = Object.fromEntries(all.edges.map((e: any) => [e.node.id, e.node]));
    expect(byId[SECRET]).toEqual({
      id: SECRET,
      isClaim: true,
      count: 'at least three times',
      claimedBy: {
        id: MENDES_CLAIM,
        speaker: { id: 'person:carla-mendes', name: 'Carla Mendes' },
      },
    });
    expect(byId[CITY_HALL]).toMatchObject({ isClaim: false, count: null, claimedBy: null });
    const recorded = (await data(query('EXCLUDE'))).meetings;
    expect(recorded.totalCount).toBe(1);
    expect(recorded.edges.map((e: any) => e.node.id)).toEqual([CITY_HALL]);
    expect((await data(query('ONLY'))).meetings.edges.map((e: any) => e.node.id)).toEqual([SECRET]);
    // The bundled report records its meetings: none of Sessions' is a claim.
    const sessions = (
      await data(
        '{ meetings(participant: "person:jeff-sessions") { totalCount edges { node { isClaim } } } }',
      )
    ).meetings;
    expect(sessions.totalCount).toBe(3);
    expect(sessions.edges.every((e: any) => e.node.isClaim === false)).toBe(true);
  });

  it('person { meetings(claims:) } filters the same way', async () => {
    const result = await data(`{
      all: person(id: "person:alma-reyes") { meetings { id isClaim } }
      recorded: person(id: "person:alma-reyes") { meetings(claims: EXCLUDE) { id } }
      claims: person(name: "reyes") { meetings(claims: ONLY) { id participants { node { id } } } } }`);
    expect(result.all.meetings.map((m: any) => [m.id, m.isClaim]).sort()).toEqual([
      [CITY_HALL, false],
      [SECRET, true],
    ]);
    expect(result.recorded.meetings).toEqual([{ id: CITY_HALL }]);
    expect(result.claims.meetings.map((m: any) => m.id)).toEqual([SECRET]);
  });

  it('the derived MET_WITH of a claimed meeting says claim, claimedBy and count; a recorded one says claim: false', async () => {
    const result = await driver.executeQuery(
      `MATCH (:Person {id: 'person:alma-reyes'})-[r:MET_WITH]-(:Person {id: 'person:boris-tan'})
       RETURN r.meetingId AS meeting, r.claim AS claim, r.claimedBy AS claimedBy, r.count AS count
       ORDER BY meeting`,
      {},
      { database },
    );
    expect(result.records.map((r) => r.toObject())).toEqual([
      { meeting: CITY_HALL, claim: false, claimedBy: null, count: null },
      {
        meeting: SECRET,
        claim: true,
        claimedBy: [MENDES_CLAIM],
        count: ['at least three times'],
      },
    ]);
  });

  it('paths: a step through the claimed meeting is marked; recorded paths come first among equals', async () => {
    const steps = `steps { type from { id } to { id } isClaim counts ${CLAIMANT} }`;
    const result = await data(`{
      all: paths(from: "person:alma-reyes", to: "person:dev-patel") { ${steps} }
      one: shortestPath(from: "person:alma-reyes", to: "person:dev-patel") { ${steps} }
      recorded: shortestPath(from: "person:alma-reyes", to: "person:dev-patel", claims: EXCLUDE) { ${steps} }
      claimed: paths(from: "person:alma-reyes", to: "person:dev-patel", claims: ONLY) { ${steps} } }`);
    expect(result.all).toHaveLength(2);
    const [first, second] = result.all;
    expect(first.steps.map((s: any) => s.isClaim)).toEqual([false, false]);
    expect(second.steps[0]).toEqual({
      type: 'MET_WITH',
      from: { id: 'person:alma-reyes' },
      to: { id: 'person:boris-tan' },
      isClaim: true,
      counts: ['at least three times'],
      claimedBy: [
        { id: MENDES_CLAIM, speaker: { id: 'person:carla-mendes', name: 'Carla Mendes' } },
      ],
    });
    expect(second.steps[1]).toMatchObject({ isClaim: false, counts: [], claimedBy: [] });
    // One path: among equally short ones, the one resting on no claim.
    expect(result.one).toEqual(first);
    expect(result.recorded).toEqual(first);
    expect(result.claimed).toEqual([second]);
  });

  it("paths through the bundled claim: Sessions' participation in the conversations is a claim step", async () => {
    const steps = `length steps { type from { id } to { id } isClaim counts claimedBy { id } }`;
    const result = await data(`{
      any: shortestPath(from: "person:jeff-sessions", to: "group:foreign-ambassadors-2016") { ${steps} }
      recorded: shortestPath(from: "person:jeff-sessions", to: "group:foreign-ambassadors-2016", claims: EXCLUDE) { ${steps} }
      flores: shortestPath(from: "person:sarah-isgur-flores", to: "person:sergey-kislyak") { length steps { type isClaim claimedBy { id } } } }`);
    expect(result.any.steps).toEqual([
      {
        type: 'PARTICIPATED_IN',
        from: { id: 'person:jeff-sessions' },
        to: { id: CONVERSATIONS },
        isClaim: true,
        counts: ['over 25'],
        claimedBy: [{ id: FLORES_CLAIM }],
      },
      {
        type: 'PARTICIPATED_IN',
        from: { id: CONVERSATIONS },
        to: { id: 'group:foreign-ambassadors-2016' },
        isClaim: true,
        counts: ['over 25'],
        claimedBy: [{ id: FLORES_CLAIM }],
      },
    ]);
    // Over recorded facts only there is no path: every link to this group (its part in the
    // conversations, the countries it represents) rests on Flores' statement.
    expect(result.recorded).toBeNull();
    // The README's path is all recorded facts, and says so.
    expect(result.flores.steps).toEqual([
      { type: 'SPOKE_FOR', isClaim: false, claimedBy: [] },
      { type: 'MET_WITH', isClaim: false, claimedBy: [] },
    ]);
  });

  it('a connection known only from a claim has no recorded path', async () => {
    const result = await data(`{
      any: shortestPath(from: "person:carla-mendes", to: "person:alma-reyes") { steps { type isClaim } }
      recorded: shortestPath(from: "person:carla-mendes", to: "person:alma-reyes", claims: EXCLUDE) { length } }`);
    // Mendes made the statement (recorded), about the claimed meeting (recorded: she said it),
    // which Reyes is said to have attended (the claim).
    expect(result.any.steps).toEqual([
      { type: 'MADE', isClaim: false },
      { type: 'ABOUT', isClaim: false },
      { type: 'PARTICIPATED_IN', isClaim: true },
    ]);
    expect(result.recorded).toBeNull();
  });
});

describe('CLI: tables and JSON mark claims; --claims and --recorded-only filter them', () => {
  const FLORES_NOTE = `claim (by Sarah Isgur Flores, ${FLORES_CLAIM}): over 25`;
  const MENDES_NOTE = `claim (by Carla Mendes, ${MENDES_CLAIM}): at least three times`;

  it("timeline sessions: the table marks Flores' claim; JSON carries it; --recorded-only leaves it out", async () => {
    const table = await testimony('timeline', 'sessions');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain(FLORES_NOTE);
    expect(table.stdout.match(/claim \(by/g)).toHaveLength(1);

    const json = JSON.parse((await testimony('timeline', 'sessions', '--format', 'json')).stdout);
    const entry = json.timeline.find((e: any) => e.node.id === CONVERSATIONS);
    expect(entry).toMatchObject({
      isClaim: true,
      count: 'over 25',
      claimedBy: { id: FLORES_CLAIM, speaker: { name: 'Sarah Isgur Flores' } },
    });
    const recorded = await testimony('timeline', 'sessions', '--recorded-only', '--format', 'json');
    const ids = JSON.parse(recorded.stdout).timeline.map((e: any) => e.node.id);
    expect(ids).not.toContain(CONVERSATIONS);
    expect(ids).toEqual(json.timeline.filter((e: any) => !e.isClaim).map((e: any) => e.node.id));
    const mermaid = await testimony(
      'timeline',
      'sessions',
      '--claims',
      'only',
      '--format',
      'mermaid',
    );
    expect(mermaid.stdout).toContain('"2016 (inferred, claim)"');
  });

  it('meetings reyes: the claimed meeting is marked in the table and JSON; --claims filters', async () => {
    const table = await testimony('meetings', 'reyes');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain(MENDES_NOTE);
    expect(table.stdout.match(/claim \(by/g)).toHaveLength(1);

    const json = JSON.parse((await testimony('meetings', 'reyes', '--format', 'json')).stdout);
    expect(
      json.meetings.edges.map((e: any) => [e.node.id, e.node.isClaim, e.node.count]).sort(),
    ).toEqual([
      [CITY_HALL, false, null],
      [SECRET, true, 'at least three times'],
    ]);
    const recorded = JSON.parse(
      (await testimony('meetings', 'reyes', '--recorded-only', '--format', 'json')).stdout,
    );
    expect(recorded.meetings.edges.map((e: any) => e.node.id)).toEqual([CITY_HALL]);
    const claims = JSON.parse(
      (await testimony('meetings', 'reyes', '--claims', 'only', '--format', 'json')).stdout,
    );
    expect(claims.meetings.edges.map((e: any) => e.node.id)).toEqual([SECRET]);
    const mermaid = await testimony('meetings', 'reyes', '--format', 'mermaid');
    expect(mermaid.stdout).toContain('"MET_WITH 2020 (inferred, claim)"');
    expect(mermaid.stdout).toContain('"MET_WITH 2020-03-03"');
  });

  it('meetings sessions --with kislyak: the bundled answer is unchanged, and nothing reads as a claim', async () => {
    const json = JSON.parse(
      (await testimony('meetings', 'sessions', '--with', 'kislyak', '--format', 'json')).stdout,
    );
    expect(
      json.meetings.edges.map((e: any) => `${e.node.date.value}/${e.node.date.precision}`),
    ).toEqual(['2016-07/MONTH', '2016-09-08/DAY']);
    expect(json.meetings.edges.every((e: any) => e.node.isClaim === false)).toBe(true);
  });

  it('path --all marks the step through the claimed meeting; JSON and Mermaid say so too', async () => {
    const table = await testimony('path', 'Alma Reyes', 'Dev Patel', '--all');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain(MENDES_NOTE);
    const json = JSON.parse(
      (await testimony('path', 'Alma Reyes', 'Dev Patel', '--claims', 'only', '--format', 'json'))
        .stdout,
    );
    expect(json.shortestPath.steps[0]).toMatchObject({
      type: 'MET_WITH',
      isClaim: true,
      counts: ['at least three times'],
      claimedBy: [{ id: MENDES_CLAIM, speaker: { name: 'Carla Mendes' } }],
    });
    const mermaid = await testimony(
      'path',
      'reyes',
      'dev patel',
      '--claims',
      'only',
      '--format',
      'mermaid',
    );
    expect(mermaid.stdout).toContain('-->|"MET_WITH 2020 (inferred, claim)"|');
    // The default path rests on no claim, and its table has no claim line.
    const plain = await testimony('path', 'reyes', 'dev patel');
    expect(plain.stdout).not.toContain('claim (by');
  });

  it('path --recorded-only with no recorded path is NOT_FOUND, saying which facts were searched', async () => {
    const run = await testimony('path', 'Carla Mendes', 'Alma Reyes', '--recorded-only');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[NOT_FOUND]');
    expect(run.stderr).toContain('over recorded facts only');
    expect(run.stderr).toContain('--claims include');
  });

  it('bad input: an unknown --claims value, or --claims with --recorded-only, is a usage error naming the option', async () => {
    const unknown = await testimony('meetings', 'reyes', '--claims', 'maybe');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("option '--claims <filter>' argument 'maybe' is invalid");
    expect(unknown.stderr).toContain('expected include, exclude or only');
    const both = await testimony('timeline', 'sessions', '--claims', 'only', '--recorded-only');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(
      "option '--recorded-only' cannot be used with option '--claims <filter>'",
    );
    const path = await testimony('path', 'reyes', 'patel', '--claims', 'INCLUDE');
    expect(path.code).toBe(2);
    expect(path.stderr).toContain('--claims');
  });

  it('the named query meetings-with-evidence gives claim, claimedBy, claimants and count', async () => {
    const run = await testimony(
      'query',
      'meetings-with-evidence',
      '--param',
      'name=Alma Reyes',
      '--format',
      'json',
    );
    expect(run.code, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    // In time order (dateSortKey): 3 March 2020 before "2020", which sorts as its middle.
    expect(rows.map((r) => [r.meeting, r.claim, r.claimedBy, r.claimants, r.count])).toEqual([
      [CITY_HALL, false, [], [], null],
      [SECRET, true, [MENDES_CLAIM], ['Carla Mendes'], ['at least three times']],
    ]);
  });
});
