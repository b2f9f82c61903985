import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentReporter } from '../../src/log.js';
import {
  bundledDatasets,
  prepareDatasets,
  seed as seedGraphs,
  SEED_DIR,
} from '../../src/loader/index.js';
import { clearGraph, graphChecksum, graphCounts } from '../support/graph.js';
import { testCoordinates, testDriver } from '../support/neo4j.js';

const driver = testDriver();
const { database } = testCoordinates();
const options = { database, reporter: silentReporter };
/** Validate, then load: what `npm run seed -- files` does. */
const seed = async (d: typeof driver, files: string[], o: typeof options) =>
  seedGraphs(d, await prepareDatasets(files), o);
const SOURCE_TEXT = readFileSync(join(SEED_DIR, 'sessions-recusal-2017-03-02.txt'), 'utf8');

async function rows(query: string, params: Record<string, unknown> = {}) {
  const result = await driver.executeQuery(query, params, { database });
  return result.records.map((record) => record.toObject() as Record<string, unknown>);
}

beforeAll(async () => {
  await clearGraph(driver, database);
  await seed(driver, bundledDatasets(), options);
});
afterAll(async () => {
  // Leave the bundled graph alone in the database, as `npm start` would.
  await clearGraph(driver, database);
  await seed(driver, bundledDatasets(), options);
  await driver.close();
});

describe('the seeded Sessions graph: evidence', () => {
  it('holds the source text exactly (2,631 characters, curly quotes and dashes kept)', async () => {
    const [source] = await rows(
      "MATCH (s:Source {id: 'source:sessions-recusal-report-2017-03-02'}) RETURN s.text AS text",
    );
    expect(source?.text).toBe(SOURCE_TEXT);
    expect(SOURCE_TEXT).toHaveLength(2631);
  });

  it('every evidence node quotes the source text at its offsets', async () => {
    const spans = await rows(
      'MATCH (e:Evidence)-[:FROM_SOURCE]->(s:Source) RETURN e.quote AS quote, e.start AS start, e.end AS end, s.text AS text',
    );
    expect(spans.length).toBeGreaterThan(50);
    for (const span of spans) {
      expect(String(span.text).slice(Number(span.start), Number(span.end))).toBe(span.quote);
    }
  });

  it("every relationship's evidence lists quote the source at their offsets", async () => {
    const rels = await rows(`MATCH ()-[r]->() WHERE NOT type(r) IN ['EVIDENCED_BY', 'FROM_SOURCE']
      RETURN type(r) AS type, r.evidenceQuotes AS quotes, r.evidenceStarts AS starts, r.evidenceEnds AS ends`);
    // every relationship of the dataset but EVIDENCED_BY, the derived MET_WITH and SPOKE_FOR included
    expect(rels).toHaveLength(90);
    for (const rel of rels) {
      const quotes = rel.quotes as string[];
      expect(quotes.length, `${String(rel.type)} has evidence`).toBeGreaterThan(0);
      quotes.forEach((quote, i) => {
        expect(
          SOURCE_TEXT.slice(
            Number((rel.starts as unknown[])[i]),
            Number((rel.ends as unknown[])[i]),
          ),
        ).toBe(quote);
      });
    }
  });

  it('every node except the report itself has evidence', async () => {
    const bare = await rows(
      'MATCH (n:Entity) WHERE NOT (n)-[:EVIDENCED_BY]->(:Evidence) RETURN n.id AS id',
    );
    expect(bare.map((r) => r.id)).toEqual(['source:sessions-recusal-report-2017-03-02']);
  });
});

describe('the seeded Sessions graph: counts', () => {
  it('has the expected count of each label and relationship type', async () => {
    const counts = await graphCounts(driver, database);
    expect(counts.labels).toEqual({
      Country: 10,
      Entity: 55,
      Event: 8,
      Evidence: 68,
      Group: 4,
      Matter: 2,
      Organization: 6,
      Person: 4,
      Proposition: 2,
      Role: 6,
      Source: 2,
      Statement: 11,
    });
    expect(counts.types).toEqual({
      ABOUT: 20,
      CALLED_FOR: 2,
      CITES: 1,
      CONCERNS: 7,
      EVIDENCED_BY: 62,
      FROM_SOURCE: 68,
      HOLDS_ROLE: 6,
      MADE: 11,
      MADE_AT: 6,
      MET_WITH: 2,
      ON_BEHALF_OF: 1,
      PARTICIPATED_IN: 13,
      PART_OF: 3,
      PUBLISHED_BY: 1,
      RECUSED_FROM: 1,
      REPRESENTS: 10,
      ROLE_AT: 5,
      SPOKE_FOR: 1,
    });
  });
});

describe('the seeded Sessions graph: the facts of the report', () => {
  it('Sessions met Kislyak twice: once in July 2016 (month precision), once on 2016-09-08', async () => {
    const met =
      await rows(`MATCH (a:Person {name:'Jeff Sessions'})-[r:MET_WITH]-(b:Person {name:'Sergey Kislyak'})
      RETURN r.date AS date, r.datePrecision AS precision, toString(r.dateStart) AS start, toString(r.dateEnd) AS end ORDER BY start`);
    expect(met).toEqual([
      { date: '2016-07', precision: 'month', start: '2016-07-01', end: '2016-07-31' },
      { date: '2016-09-08', precision: 'day', start: '2016-09-08', end: '2016-09-08' },
    ]);
  });

  it('the first conversation was at the Heritage Foundation event, part of the convention; ambassadors approached Sessions', async () => {
    const [chain] =
      await rows(`MATCH (m:Event {id:'event:meeting-sessions-kislyak-2016-07'})-[:PART_OF]->(h:Event)-[:PART_OF]->(c:Event)
      MATCH (org:Organization)-[:PARTICIPATED_IN {role:'host'}]->(h)
      MATCH (g:Group)-[:PARTICIPATED_IN]->(h)
      RETURN h.kind AS kind, org.name AS host, c.name AS convention, c.dateText AS when, g.name AS group`);
    expect(chain).toEqual({
      kind: 'public-event',
      host: 'Heritage Foundation',
      convention: 'Republican National Convention',
      when: 'July 2016',
      group: 'A group of ambassadors at the Heritage Foundation event',
    });
  });

  it("holds Sessions' roles, Kislyak's and Flores', queryable by date", async () => {
    const roles =
      await rows(`MATCH (p:Person)-[:HOLDS_ROLE]->(r:Role) OPTIONAL MATCH (r)-[:ROLE_AT]->(at)
      WHERE r.duringStart IS NULL OR (r.duringStart <= date('2016-09-08') <= r.duringEnd) OR r.duringStart >= date('2017-01-01')
      RETURN p.name AS who, r.title AS title, coalesce(at.name, '') AS at ORDER BY who, title`);
    expect(roles).toEqual([
      {
        who: 'Jeff Sessions',
        title: 'Member of the Senate Armed Services Committee',
        at: 'Senate Armed Services Committee',
      },
      { who: 'Jeff Sessions', title: 'Member of the Trump campaign', at: 'Trump campaign' },
      { who: 'Jeff Sessions', title: 'Senator from Alabama', at: '' },
      {
        who: 'Jeff Sessions',
        title: 'Senior member of the Armed Services Committee',
        at: 'Senate Armed Services Committee',
      },
      { who: 'Sarah Isgur Flores', title: 'Spokesperson for Sessions', at: 'Jeff Sessions' },
      { who: 'Sergey Kislyak', title: 'Russian ambassador', at: 'Russia' },
    ]);
    const [nominee] =
      await rows(`MATCH (:Person {name:'Jeff Sessions'})-[:PARTICIPATED_IN {role:'nominee'}]->(h:Event {kind:'hearing'})
      RETURN toString(h.dateStart) AS day, h.dateInferred AS inferred`);
    expect(nominee).toEqual({ day: '2017-01-10', inferred: true });
  });

  it('names Donald Trump only through his campaign, and says the full name is inferred', async () => {
    const [trump] = await rows(
      "MATCH (p:Person {id:'person:donald-trump'}) RETURN p.name AS name, p.aliases AS aliases, p.nameInferred IS NOT NULL AS inferred",
    );
    expect(trump).toEqual({ name: 'Donald Trump', aliases: ['Trump'], inferred: true });
  });

  it("has the six organizations and the ten countries of Flores' list", async () => {
    const orgs = await rows('MATCH (o:Organization) RETURN o.kind AS kind ORDER BY kind');
    // Two campaigns: the Trump campaign, and "the campaigns for President" of Sessions' own words.
    expect(orgs.map((o) => o.kind)).toEqual([
      'campaign',
      'campaign',
      'committee',
      'department',
      'media-outlet',
      'think-tank',
    ]);
    const countries = await rows(
      "MATCH (:Group {id:'group:foreign-ambassadors-2016'})-[:REPRESENTS]->(c:Country) RETURN c.name AS name ORDER BY name",
    );
    expect(countries.map((c) => c.name)).toEqual([
      'Australia',
      'Canada',
      'China',
      'Germany',
      'India',
      'Japan',
      'Korea',
      'Poland',
      'Russia',
      'United Kingdom',
    ]);
  });

  it("dates the news conference to the minute, approximately, with the report's words", async () => {
    const [conference] = await rows(
      "MATCH (e:Event {kind:'news-conference'}) RETURN e.date AS date, e.datePrecision AS precision, e.dateText AS text, e.dateApproximate AS approx",
    );
    expect(conference).toEqual({
      date: '2017-03-02T16:00-05:00',
      precision: 'minute',
      text: 'shortly after 4 p.m. EST',
      approx: true,
    });
  });

  it('the meetings with career officials end on 2 March 2017, their start unknown', async () => {
    const [meetings] =
      await rows(`MATCH (g:Group)-[:PARTICIPATED_IN]->(e:Event {id:'event:meetings-with-career-officials-2017'})
      RETURN g.name AS group, e.dateStart IS NULL AS openStart, toString(e.dateEnd) AS end`);
    expect(meetings).toEqual({
      group: 'Senior career department officials',
      openStart: true,
      end: '2017-03-02',
    });
  });

  it('holds the four news-conference statements and the written statement, with who, when and how', async () => {
    const said =
      await rows(`MATCH (p:Person {name:'Jeff Sessions'})-[:MADE]->(s:Statement)-[:MADE_AT]->(:Event {kind:'news-conference'})
      RETURN s.medium AS medium, s.textKind AS kind, toString(s.saidAtStart) AS day ORDER BY medium, kind`);
    expect(said).toEqual([
      ...Array.from({ length: 4 }, () => ({
        medium: 'news-conference',
        kind: 'paraphrase',
        day: '2017-03-02',
      })),
      { medium: 'written-statement', kind: 'quote', day: '2017-03-02' },
    ]);
  });

  it('the hearing answer DENIES the two recorded meetings with Kislyak, and says the link is inferred', async () => {
    const denied =
      await rows(`MATCH (:Person {name:'Jeff Sessions'})-[:MADE]->(s:Statement {medium:'hearing-testimony'})-[a:ABOUT {stance:'denies'}]->(m:Event {kind:'meeting'})
      MATCH (m)<-[:PARTICIPATED_IN]-(:Person {name:'Sergey Kislyak'})
      RETURN m.id AS meeting, a.inferred AS inferred ORDER BY meeting`);
    expect(denied).toEqual([
      { meeting: 'event:meeting-sessions-kislyak-2016-07', inferred: true },
      { meeting: 'event:meeting-sessions-kislyak-2016-09-08', inferred: true },
    ]);
  });

  it('Flores SPOKE_FOR Sessions on 1 March 2017 (inferred from "Wednesday evening"), defending the hearing answer', async () => {
    const [spoke] =
      await rows(`MATCH (f:Person {name:'Sarah Isgur Flores'})-[r:SPOKE_FOR]->(s:Person {name:'Jeff Sessions'})
      MATCH (st:Statement {id: r.statementIds[0]})-[:ABOUT {stance:'defends'}]->(answer:Statement {medium:'hearing-testimony'})
      RETURN r.date AS date, r.dateText AS text, r.dateInferred AS inferred, st.textKind AS kind`);
    expect(spoke).toEqual({
      date: '2017-03-01',
      text: 'Wednesday evening',
      inferred: true,
      kind: 'quote',
    });
    const claims = await rows(
      "MATCH (:Statement {id:'statement:flores-defends-hearing-answer'})-[a:ABOUT]->(t) RETURN a.stance AS stance, t.id AS target ORDER BY target",
    );
    expect(claims).toEqual([
      { stance: 'asserts', target: 'event:ambassador-conversations-2016' },
      { stance: 'asserts', target: 'event:confirmation-hearing-2017-01-10' },
      { stance: 'defends', target: 'statement:sessions-hearing-answer' },
    ]);
    const [conversations] = await rows(
      "MATCH (e:Event {id:'event:ambassador-conversations-2016'}) RETURN e.count AS count, e.claimedBy AS claimedBy",
    );
    expect(conversations).toEqual({
      count: 'over 25',
      claimedBy: 'statement:flores-defends-hearing-answer',
    });
  });

  it('Sessions RECUSED_FROM the campaign investigations on 2 March 2017, in his own words, by his written statement', async () => {
    const [recusal] =
      await rows(`MATCH (:Person {name:'Jeff Sessions'})-[r:RECUSED_FROM]->(m:Matter)
      RETURN m.name AS matter, toString(r.announcedAtStart) AS announced, r.scope AS scope, r.statementId AS statement`);
    expect(recusal).toEqual({
      matter: 'Investigations of matters related to the campaigns for President',
      announced: '2017-03-02',
      scope:
        'any existing or future investigations of any matters related in any way to the campaigns',
      statement: 'statement:sessions-written-statement',
    });
  });

  it('lawmakers CALLED_FOR his resignation, and his recusal from the Russia investigation', async () => {
    const calls =
      await rows(`MATCH (g:Group {id:'group:lawmakers'})-[c:CALLED_FOR]->(:Person {name:'Jeff Sessions'})
      OPTIONAL MATCH (m:Matter {id: c.matterId}) RETURN c.action AS action, m.name AS matter ORDER BY action`);
    expect(calls).toEqual([
      {
        action: 'recuse',
        matter: "Investigation of Russia's involvement in the presidential election",
      },
      { action: 'resign', matter: null },
    ]);
  });

  it("attributes the report's own claims to the report, and holds the cited tweet as a source", async () => {
    const claims = await rows(
      "MATCH (:Source {kind:'news-report'})-[:MADE]->(s:Statement) RETURN s.text AS text ORDER BY text",
    );
    expect(claims.map((c) => c.text)).toEqual([
      'He was not asked about his time as an Alabama senator.',
      'Sessions was not working for the campaign during those times.',
      'There has been no evidence released that there was discussions relating to the Trump campaign.',
    ]);
    const [tweet] =
      await rows(`MATCH (:Source {kind:'news-report'})-[:CITES]->(t:Source {kind:'tweet'})-[:PUBLISHED_BY]->(o:Organization)
      RETURN o.name AS publisher, toString(t.publishedAtStart) AS day`);
    expect(tweet).toEqual({ publisher: 'Maine First Media', day: '2017-03-02' });
  });
});

describe('seeding again', () => {
  it('is idempotent: identical counts, ids and properties', async () => {
    const before = await graphChecksum(driver, database);
    await seed(driver, bundledDatasets(), options);
    expect(await graphChecksum(driver, database)).toEqual(before);
  });

  it("a fact removed from the file disappears; other datasets' facts stay; shared people keep both datasets' evidence", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testimony-prune-'));
    const fixture = join(import.meta.dirname, '..', 'fixtures', 'datasets');
    copyFileSync(join(fixture, 'fixture.txt'), join(dir, 'fixture.txt'));
    const yaml = readFileSync(join(fixture, 'minimal.yaml'), 'utf8')
      // The fixture also names Sessions by his id, adding its own evidence for him.
      .replace(
        '  - id: person:carol\n',
        "  - id: person:jeff-sessions\n    name: Jeff Sessions\n    evidence: [{ quote: 'Acme was not involved' }]\n  - id: person:carol\n",
      );
    writeFileSync(join(dir, 'v1.yaml'), yaml);
    await seed(driver, [join(dir, 'v1.yaml')], options);
    const [merged] = await rows(
      "MATCH (p:Person {id:'person:jeff-sessions'}) RETURN p.aliases AS aliases, p.description IS NOT NULL AS described",
    );
    // The union of both versions' aliases, sorted; the bundled version is the more complete.
    expect(merged).toEqual({ aliases: ['Jeff Sessions', 'Sessions'], described: true });
    const sessionsEvidence = await rows(
      "MATCH (:Person {id:'person:jeff-sessions'})-[r:EVIDENCED_BY]->(e) RETURN DISTINCT r.dataset AS dataset ORDER BY dataset",
    );
    expect(sessionsEvidence.map((r) => r.dataset)).toEqual([
      'fixture-minimal',
      'sessions-recusal-2017-03-02',
    ]);

    // v2 drops Bob (and so the meeting's participation of Bob and the MET_WITH).
    const v2 = yaml
      .replace(/ {2}- id: person:bob\n(.*\n){2}/, '')
      .replace(
        '      - { ref: person:bob, role: attendee }\n',
        '      - { ref: person:carol, role: attendee }\n',
      );
    writeFileSync(join(dir, 'v2.yaml'), v2);
    await seed(driver, [join(dir, 'v2.yaml')], options);
    expect(await rows("MATCH (p:Person {id:'person:bob'}) RETURN p")).toEqual([]);
    expect(
      await rows("MATCH (:Person {id:'person:alice'})-[r:MET_WITH]-(o) RETURN o.id AS other"),
    ).toEqual([{ other: 'person:carol' }]);
    // The bundled dataset is untouched: still its two meetings, and Sessions still in both datasets.
    expect(
      await rows(
        "MATCH (:Person {id:'person:jeff-sessions'})-[r:MET_WITH]-(:Person {id:'person:sergey-kislyak'}) RETURN r.meetingId AS m",
      ),
    ).toHaveLength(2);
    const [sessions] = await rows(
      "MATCH (p:Person {id:'person:jeff-sessions'}) RETURN p.datasets AS datasets",
    );
    expect(sessions?.datasets).toEqual(['fixture-minimal', 'sessions-recusal-2017-03-02']); // sorted

    // Removing the fixture's people releases Sessions from it without deleting him.
    writeFileSync(
      join(dir, 'v3.yaml'),
      v2.replace(/ {2}- id: person:jeff-sessions\n(.*\n){2}/, ''),
    );
    await seed(driver, [join(dir, 'v3.yaml')], options);
    const [after] = await rows(
      "MATCH (p:Person {id:'person:jeff-sessions'}) RETURN p.datasets AS datasets",
    );
    expect(after?.datasets).toEqual(['sessions-recusal-2017-03-02']);
    expect(
      await rows(
        "MATCH (:Person {id:'person:jeff-sessions'})-[r:EVIDENCED_BY {dataset:'fixture-minimal'}]->() RETURN r",
      ),
    ).toEqual([]);
  });
});
