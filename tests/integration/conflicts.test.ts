/**
 * Same-event clusters and conflicts through the API's resolvers, against the real Neo4j, on the
 * bundled report and the other-reports fixture (tests/fixtures/datasets/other-reports), seeded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphql, type ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, createLoaders } from '../../src/api/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { QueryExecutor } from '../../src/queries/index.js';
import { testCoordinates, testDriver } from '../support/neo4j.js';
import { BUNDLED, FIXTURE, seedBundledOnly, seedOtherReports } from '../support/other-reports.js';

const driver = testDriver();
const { database } = testCoordinates();
const schema = buildSchema();

async function ask<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<ExecutionResult<T> & { roundTrips: number }> {
  const executor = new QueryExecutor(driver, { database, timeoutMs: 20_000 });
  const result = (await graphql({
    schema,
    source: query,
    variableValues: variables,
    contextValue: { executor, loaders: createLoaders(executor), requestId: 'test' },
  })) as ExecutionResult<T>;
  return { ...result, roundTrips: executor.roundTrips };
}

const JULY = 'event:meeting-sessions-kislyak-2016-07';
const JULY_LEDGER = 'event:fixture-sessions-kislyak-july-2016';
const SEPTEMBER = 'event:meeting-sessions-kislyak-2016-09-08';
const AUGUST = 'event:fixture-sessions-kislyak-office-2016';

const CONFLICTS = /* GraphQL */ `
  query ($person: String, $kinds: [ConflictKind!], $first: Int) {
    conflicts(person: $person, kinds: $kinds, first: $first) {
      totalCount
      truncated
      scanCapped
      items {
        kind
        verdict
        explanation
        subject {
          id
        }
        sides {
          value
          reading
          dataset
          preferred
          stance
          date {
            value
            precision
            approximate
          }
          node {
            id
          }
          participants {
            id
          }
          claimedBy {
            id
            speaker {
              id
              ... on Source {
                title
              }
            }
          }
          sources {
            id
            title
            publisher {
              id
              name
            }
          }
          evidence {
            quote
            start
            end
            source {
              id
            }
          }
        }
      }
    }
  }
`;

interface Side {
  value: string | null;
  reading: string | null;
  dataset: string;
  preferred: boolean;
  date: { value: string; precision: string; approximate: boolean } | null;
  node: { id: string } | null;
  claimedBy: { id: string; speaker: { id: string; title?: string } } | null;
  sources: { id: string; title: string; publisher: { id: string; name: string } | null }[];
  evidence: { quote: string; start: number; end: number; source: { id: string } }[];
}
interface Item {
  kind: string;
  verdict: string;
  explanation: string;
  subject: { id: string };
  sides: Side[];
}
interface Conflicts {
  conflicts: { totalCount: number; truncated: boolean; scanCapped: boolean; items: Item[] };
}

describe('many reports: clusters and conflicts through the API', () => {
  beforeAll(async () => {
    await seedOtherReports(driver);
  });
  afterAll(async () => {
    await seedBundledOnly(driver);
    await driver.close();
  });

  it('lists the fixture’s conflicts, strongest first, each side with dataset, source, publisher and evidence', async () => {
    const { data, errors } = await ask<Conflicts>(CONFLICTS);
    expect(errors).toBeUndefined();
    const items = data?.conflicts.items ?? [];
    expect(items.map((c) => [c.kind, c.verdict, c.subject.id])).toEqual([
      // The September cluster leads with the bundled version: both are recorded, its day is finer.
      ['EVENT_DATE', 'CONFLICTS', SEPTEMBER],
      ['COUNT', 'CONFLICTS', JULY],
      ['PLACE', 'DIFFERS', SEPTEMBER],
      ['DESCRIPTION', 'DIFFERS', 'person:jeff-sessions'],
      ['DESCRIPTION', 'DIFFERS', 'person:sarah-isgur-flores'],
      ['DESCRIPTION', 'DIFFERS', 'person:sergey-kislyak'],
    ]);
    expect(data?.conflicts).toMatchObject({ totalCount: 6, truncated: false, scanCapped: false });

    const [date, count] = items as [Item, Item];
    expect(date.explanation).toBe(
      '2016-08 (2016-08-01 to 2016-08-31) and 2016-09-08 (2016-09-08) do not overlap',
    );
    expect(
      date.sides.map((s) => [s.node?.id, s.dataset, s.date?.value, s.date?.precision, s.preferred]),
    ).toEqual([
      [AUGUST, FIXTURE, '2016-08', 'MONTH', false],
      [SEPTEMBER, BUNDLED, '2016-09-08', 'DAY', true],
    ]);
    const [august] = date.sides as [Side];
    expect(august.sources).toEqual([
      {
        id: 'source:fixture-wire-2017-03-02',
        title: 'Sessions steps aside from campaign inquiries (test fixture)',
        publisher: { id: 'org:fixture-wire', name: 'Fixture Wire' },
      },
    ]);
    expect(august.evidence[0]?.quote).toBe(
      'Sessions also met Kislyak in his Senate office in August 2016, according to department officials',
    );

    // "twice" is the Morning Ledger's claim, as the Fixture Wire reported it.
    expect(count.sides.map((s) => [s.node?.id, s.value, s.reading])).toEqual([
      [JULY_LEDGER, 'twice', 'exactly 2'],
      [JULY, null, 'exactly 1 (no count given)'],
    ]);
    expect(count.sides[0]?.claimedBy).toEqual({
      id: 'statement:ledger-two-july-meetings',
      speaker: {
        id: 'source:morning-ledger-2017-03-01',
        title: "The Morning Ledger's report of 1 March 2017 (test fixture, known only as cited)",
      },
    });
    expect(count.sides[1]?.sources[0]?.id).toBe('source:sessions-recusal-report-2017-03-02');
    expect(count.sides[1]?.sources[0]?.publisher).toBeNull();
  });

  it('shows each dataset’s version of a shared person, with its own evidence', async () => {
    const { data } = await ask<Conflicts>(CONFLICTS, {
      person: 'person:sergey-kislyak',
      kinds: ['DESCRIPTION'],
    });
    const [kislyak] = data?.conflicts.items ?? [];
    expect(
      kislyak?.sides.map((s) => [s.dataset, s.value, s.preferred, s.evidence[0]?.quote]),
    ).toEqual([
      // Equally complete versions: the preferred one is the dataset whose name sorts first.
      [FIXTURE, 'The Russian envoy.', true, 'the Russian envoy Sergei Kislyak'],
      [BUNDLED, 'Russian ambassador.', false, 'Russian Ambassador Sergey Kislyak'],
    ]);
  });

  it('narrows to a person by name, and to kinds; caps with first and says so', async () => {
    const sessions = await ask<Conflicts>(CONFLICTS, { person: 'jeff sessions' });
    expect(sessions.data?.conflicts.items.map((c) => c.subject.id)).toEqual([
      SEPTEMBER,
      JULY,
      SEPTEMBER,
      'person:jeff-sessions',
    ]);
    const flores = await ask<Conflicts>(CONFLICTS, { person: 'Sarah Flores' });
    expect(flores.data?.conflicts.items.map((c) => c.subject.id)).toEqual([
      'person:sarah-isgur-flores',
    ]);
    const counts = await ask<Conflicts>(CONFLICTS, { kinds: ['COUNT', 'PLACE'] });
    expect(counts.data?.conflicts.items.map((c) => c.kind)).toEqual(['COUNT', 'PLACE']);
    const two = await ask<Conflicts>(CONFLICTS, { first: 2 });
    expect(two.data?.conflicts).toMatchObject({ totalCount: 6, truncated: true });
    expect(two.data?.conflicts.items).toHaveLength(2);
  });

  it('refuses an unknown person (NOT_FOUND, with the closest names), an empty kinds list and first out of range', async () => {
    const unknown = await ask(CONFLICTS, { person: 'Jeff Sesions' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'person',
      closest: [{ id: 'person:jeff-sessions', name: 'Jeff Sessions' }],
    });
    expect(unknown.errors?.[0]?.message).toContain(
      'Closest names: Jeff Sessions (person:jeff-sessions)',
    );
    const noId = await ask(CONFLICTS, { person: 'person:nobody' });
    expect(noId.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const empty = await ask(CONFLICTS, { kinds: [] });
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'kinds',
    });
    for (const first of [0, 101]) {
      const out = await ask(CONFLICTS, { first });
      expect(out.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'first',
      });
    }
    const badKind = await ask(CONFLICTS, { kinds: ['WHEN'] });
    expect(badKind.errors?.[0]?.message).toContain('WHEN');
  });

  it('gives a meeting every version, its same-as events and its conflicts', async () => {
    const { data, errors } = await ask<{
      node: {
        cluster: string;
        versions: {
          id: string;
          dataset: string;
          preferred: boolean;
          date: { value: string } | null;
          count: string | null;
          place: string | null;
          claimedBy: { id: string } | null;
          participants: { node: { id: string } }[];
          sources: { id: string }[];
          evidence: { quote: string }[];
        }[];
        sameAs: { id: string }[];
        conflicts: { kind: string }[];
      };
    }>(
      `query ($id: ID!) { node(id: $id) { ... on Meeting {
        cluster
        versions { id dataset preferred date { value } count place claimedBy { id }
                   participants { node { id } } sources { id } evidence { quote } }
        sameAs { id }
        conflicts { kind }
      } } }`,
      { id: JULY },
    );
    expect(errors).toBeUndefined();
    expect(data?.node.cluster).toBe(JULY_LEDGER);
    expect(
      data?.node.versions.map((v) => [
        v.id,
        v.dataset,
        v.preferred,
        v.date?.value,
        v.count,
        v.claimedBy?.id ?? null,
      ]),
    ).toEqual([
      [JULY, BUNDLED, true, '2016-07', null, null],
      [JULY_LEDGER, FIXTURE, false, '2016-07', 'twice', 'statement:ledger-two-july-meetings'],
    ]);
    expect(data?.node.versions[0]?.place).toBe(
      'amidst a group of ambassadors at a Heritage Foundation event',
    );
    for (const version of data?.node.versions ?? []) {
      expect(version.participants.map((p) => p.node.id).sort()).toEqual([
        'person:jeff-sessions',
        'person:sergey-kislyak',
      ]);
      expect(version.evidence.length).toBeGreaterThan(0);
    }
    expect(data?.node.versions[1]?.sources).toEqual([{ id: 'source:fixture-wire-2017-03-02' }]);
    expect(data?.node.sameAs).toEqual([{ id: JULY_LEDGER }]);
    expect(data?.node.conflicts).toEqual([{ kind: 'COUNT' }]);
  });

  it('lists a cluster ONCE in meetings (by its preferred member) and in a person’s meetings', async () => {
    const meetings = await ask<{
      meetings: {
        totalCount: number;
        edges: { node: { id: string; versions: { id: string }[] } }[];
      };
    }>(
      `{ meetings(participant: "person:sergey-kislyak") { totalCount edges { node { id ... on Meeting { versions { id } } } } } }`,
    );
    expect(
      meetings.data?.meetings.edges.map((e) => [e.node.id, e.node.versions.map((v) => v.id)]),
    ).toEqual([
      [JULY, [JULY, JULY_LEDGER]],
      [SEPTEMBER, [SEPTEMBER, AUGUST]],
    ]);
    expect(meetings.data?.meetings.totalCount).toBe(2);
    // meetings.cypher (Cypher) and src/domain/clusters.ts (the versions' order) choose the same member.
    for (const { node } of meetings.data?.meetings.edges ?? [])
      expect(node.versions[0]?.id).toBe(node.id);
    // A cluster matches when ANY version's date is in range: August 2016 is the fixture's date.
    const august = await ask<{ meetings: { edges: { node: { id: string } }[] } }>(
      `{ meetings(participant: "person:jeff-sessions", with: "person:sergey-kislyak", from: "2016-08-01", to: "2016-08-31") { edges { node { id } } } }`,
    );
    expect(august.data?.meetings.edges.map((e) => e.node.id)).toEqual([SEPTEMBER]);
    const september = await ask<{ meetings: { edges: { node: { id: string } }[] } }>(
      `{ meetings(participant: "person:jeff-sessions", with: "person:sergey-kislyak", from: "2016-09-08", to: "2016-09-08") { edges { node { id } } } }`,
    );
    expect(september.data?.meetings.edges.map((e) => e.node.id)).toEqual([SEPTEMBER]);
    // Claims: the July cluster has a recorded version, so it is not a claim.
    const claims = await ask<{ meetings: { totalCount: number } }>(
      `{ meetings(participant: "person:sergey-kislyak", claims: ONLY) { totalCount } }`,
    );
    expect(claims.data?.meetings.totalCount).toBe(0);
    const person = await ask<{ person: { meetings: { id: string }[] } }>(
      `{ person(id: "person:sergey-kislyak") { meetings { id } } }`,
    );
    expect(person.data?.person.meetings.map((m) => m.id)).toEqual([JULY, SEPTEMBER]);
  });

  it('gives shared people their versions, and a node one dataset defines its own only version', async () => {
    const { data, errors } = await ask<{
      person: {
        aliases: string[];
        versions: {
          id: string;
          dataset: string;
          preferred: boolean;
          name: string;
          description: string;
          aliases: string[];
          fields: { name: string; value: string }[];
          sources: { id: string }[];
          evidence: { quote: string }[];
        }[];
      };
      trump: {
        versions: {
          id: string;
          dataset: string;
          preferred: boolean;
          evidence: { quote: string }[];
        }[];
      };
    }>(`{
      person(name: "Sarah Flores") { aliases versions { id dataset preferred name description aliases fields { name value } sources { id } evidence { quote } } }
      trump: person(id: "person:donald-trump") { versions { id dataset preferred evidence { quote } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.person.aliases).toEqual(['Flores', 'Sarah Flores', 'Sarah Isgur Flores']);
    expect(data?.person.versions.map((v) => [v.id, v.preferred, v.description, v.aliases])).toEqual(
      [
        [
          'person:sarah-isgur-flores@fixture-other-reports',
          true,
          'A department spokeswoman.',
          ['Sarah Isgur Flores'],
        ],
        [
          'person:sarah-isgur-flores@sessions-recusal-2017-03-02',
          false,
          'Spokesperson for Sessions.',
          ['Flores', 'Sarah Flores', 'Sarah Isgur Flores'],
        ],
      ],
    );
    expect(data?.person.versions[0]?.fields).toEqual([
      { name: 'description', value: 'A department spokeswoman.' },
      { name: 'name', value: 'Sarah Isgur Flores' },
    ]);
    expect(data?.person.versions[0]?.sources).toEqual([{ id: 'source:fixture-wire-2017-03-02' }]);
    expect(data?.person.versions[0]?.evidence).toEqual([
      { quote: 'A department spokeswoman, Sarah Isgur Flores' },
    ]);
    expect(data?.person.versions[1]?.evidence).toEqual([
      { quote: 'Sessions spokesperson Sarah Isgur Flores' },
    ]);
    expect(data?.trump.versions).toEqual([
      {
        id: `person:donald-trump@${BUNDLED}`,
        dataset: BUNDLED,
        preferred: true,
        evidence: [{ quote: 'on behalf of the Trump campaign' }],
      },
    ]);
  });

  it('finds two datasets attributing opposed stances to one speaker about one meeting (any member of its cluster)', async () => {
    // The fixture has no such pair: add, for this test only, a statement of another dataset in
    // which Sessions asserts the AUGUST version of the meeting his hearing answer denies.
    await driver.executeQuery(
      `MATCH (s:Person {id: 'person:jeff-sessions'}), (e:Event {id: $august})
       CREATE (s)-[:MADE {dataset: 'words-test'}]->(st:Entity:Statement {id: 'statement:words-test', text: 'I met him in August.', textKind: 'quote', medium: 'article', datasets: ['words-test']})
       CREATE (st)-[:ABOUT {dataset: 'words-test', stance: 'asserts', inferred: false, evidenceIds: [], evidenceQuotes: [], evidenceStarts: [], evidenceEnds: [], evidenceSourceIds: []}]->(e)`,
      { august: AUGUST },
      { database },
    );
    try {
      const { data } = await ask<Conflicts>(CONFLICTS, { kinds: ['ATTRIBUTED_WORDS'] });
      const [words] = data?.conflicts.items ?? [];
      expect(words).toMatchObject({
        kind: 'ATTRIBUTED_WORDS',
        verdict: 'CONFLICTS',
        subject: { id: 'person:jeff-sessions' },
        explanation:
          'About Office meeting between Sessions and Kislyak: one statement denies what the other asserts',
      });
      expect(words?.sides.map((s) => [s.node?.id, s.dataset, s.value])).toEqual([
        [
          'statement:sessions-hearing-answer',
          BUNDLED,
          'Asked if he had contact with Russians during his time on the Trump campaign, he said he did not.',
        ],
        ['statement:words-test', 'words-test', 'I met him in August.'],
      ]);
      expect(words?.sides[0]?.evidence.length).toBeGreaterThan(0);
    } finally {
      await driver.executeQuery(
        `MATCH (st:Statement {id: 'statement:words-test'}) DETACH DELETE st`,
        {},
        { database },
      );
    }
  });

  it('answers the Browser guide’s Conflicts slide: every query runs and shows both versions', async () => {
    const guide = readFileSync(join(PROJECT_ROOT, 'browser', 'guide.html'), 'utf8');
    const slide = guide.split('<slide').find((s) => s.includes('<h3>Conflicts</h3>')) ?? '';
    const queries = [
      ...slide.matchAll(/<pre class="pre-scrollable code runnable">([\s\S]*?)<\/pre>/g),
    ].map((m) =>
      (m[1] ?? '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
    );
    expect(queries).toHaveLength(3);
    const [clusters, versions] = await Promise.all(
      queries.map(async (query) =>
        (await driver.executeQuery(query, { person: null, ids: null }, { database })).records.map(
          (r) => r.toObject(),
        ),
      ),
    );
    expect(clusters?.map((r) => [r.version, r.date])).toEqual([
      [JULY_LEDGER, '2016-07'],
      [JULY, '2016-07'],
      [AUGUST, '2016-08'],
      [SEPTEMBER, '2016-09-08'],
    ]);
    expect(versions).toHaveLength(6);
  });

  it('fetches versions for a whole page of meetings in one round trip', async () => {
    const { roundTrips, errors } = await ask(
      `{ meetings(first: 20) { edges { node { ... on Meeting { versions { id } conflicts { kind } } } } } }`,
    );
    expect(errors).toBeUndefined();
    // meetings, then ONE conflicts.cypher for every meeting's cluster; versions of singletons
    // need their participants and evidence (one round trip each, batched).
    expect(roundTrips).toBeLessThanOrEqual(4);
  });
});

describe('conflicts.cypher on the bundled dataset alone', () => {
  it('finds no cluster, no version and no conflict: one report disagrees with nothing', async () => {
    const d = testDriver();
    try {
      await seedBundledOnly(d);
      const executor = new QueryExecutor(d, { database, timeoutMs: 20_000 });
      const [row] = await executor.read('conflicts', { person: null, ids: null });
      expect(row).toMatchObject({
        clusters: [],
        versioned: [],
        words: [],
        clustersCapped: false,
        versionedCapped: false,
        wordsCapped: false,
      });
    } finally {
      await d.close();
    }
  });
});
