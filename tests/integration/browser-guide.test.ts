import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { seedBundled, testCoordinates, testDriver } from '../support/neo4j.js';

const GUIDE = readFileSync(join(PROJECT_ROOT, 'browser', 'guide.html'), 'utf8');

/** The guide's runnable queries, as the Browser puts them in its editor (HTML entities decoded). */
const RUNNABLE = [...GUIDE.matchAll(/<pre class="[^"]*\brunnable\b[^"]*">([\s\S]*?)<\/pre>/g)].map(
  (m) =>
    (m[1] ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&'),
);

describe('the Browser guide (browser/guide.html)', () => {
  const driver = testDriver();
  const { database } = testCoordinates();
  beforeAll(async () => seedBundled(driver));
  afterAll(() => driver.close());
  // The Conflicts slide's named query takes $person and $ids (the slide says to set them to null).
  const read = (cypher: string) =>
    driver.executeQuery(
      cypher,
      { person: null, ids: null },
      { database, routing: neo4j.routing.READ },
    );
  // Versions of several reports (same-as clusters, Version nodes) need a second report: on the
  // bundled one alone these run and find none (tests/integration/conflicts.test.ts runs them with
  // the other-reports fixture, where they answer).
  const needsTwoReports = (cypher: string) =>
    /SAME_AS|HAS_VERSION/.test(cypher) && !cypher.includes('clustersCapped');

  it('has runnable queries', () => {
    expect(RUNNABLE.length).toBeGreaterThanOrEqual(7);
  });

  it.each(RUNNABLE)('runs, and answers, on the seeded graph: %s', async (cypher) => {
    const result = await read(cypher);
    if (needsTwoReports(cypher)) expect(result.records).toEqual([]);
    else expect(result.records.length).toBeGreaterThan(0);
  });

  it("the meetings slide marks each MET_WITH as recorded; the claims slide shows Flores' claim", async () => {
    const meetings = RUNNABLE.find((q) => q.includes('r.claim AS claim'));
    expect(meetings).toBeDefined();
    const rows = (await read(meetings ?? '')).records.map((r) => r.toObject());
    expect(rows.map((r) => [r.date, r.claim])).toEqual([
      ['2016-07', false],
      ['2016-09-08', false],
    ]);
    const claims = RUNNABLE.find((q) => q.includes('e.claimedBy IS NOT NULL'));
    const claimed = (await read(claims ?? '')).records.map((r) => r.toObject());
    expect(claimed).toEqual([
      expect.objectContaining({ count: 'over 25', claimant: 'Sarah Isgur Flores', date: '2016' }),
    ]);
  });

  it("the Time slide sorts as the API does: the meetings concluded on 2 March before that day's news conference; 2016 is certainly 2016", async () => {
    const order = RUNNABLE.find((q) => q.includes('e.dateApproximate AS approximate'));
    const rows = (await read(order ?? '')).records.map((r) => r.toObject());
    expect(rows.map((r) => [r.date, r.precision])).toEqual([
      ['2016', 'year'],
      ['2016-07', 'month'],
      ['2016-07', 'month'],
      ['2016-09-08', 'day'],
      ['2017-01-10', 'day'],
      ['../2017-03-02', 'open-start'],
      ['2017-03-02T16:00-05:00', 'minute'],
    ]);
    expect(rows[6]).toMatchObject({ approximate: true, asReported: 'shortly after 4 p.m. EST' });
    const window = RUNNABLE.find((q) => q.includes("date('2016-01-01')"));
    const in2016 = (await read(window ?? '')).records.map((r) => r.get('date'));
    expect(in2016).toEqual(['2016', '2016-07', '2016-07', '2016-09-08']);
  });

  it("the event slide gives what was said at the news conference and the recusal; the demands and countries slides the report's facts", async () => {
    const said = RUNNABLE.find((q) => q.includes('recusedFrom'));
    const rows = (await read(said ?? '')).records.map((r) => r.toObject());
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => r.recusedFrom !== null).map((r) => r.recusedFrom)).toEqual([
      'Investigations of matters related to the campaigns for President',
    ]);
    const demands = RUNNABLE.find((q) => q.includes('CALLED_FOR'));
    expect((await read(demands ?? '')).records.map((r) => r.get('action'))).toEqual([
      'recuse',
      'resign',
    ]);
    const countries = RUNNABLE.find((q) => q.includes('REPRESENTS'));
    const list = (await read(countries ?? '')).records.map((r) => r.toObject());
    expect(list.map((r) => r.country)).toEqual([
      'United Kingdom',
      'Korea',
      'Japan',
      'Poland',
      'India',
      'China',
      'Canada',
      'Australia',
      'Germany',
      'Russia',
    ]);
    for (const r of list) expect(r.claimedBy).toEqual(['statement:flores-defends-hearing-answer']);
  });
});
