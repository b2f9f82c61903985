import { describe, expect, it } from 'vitest';
import { compileDataset, evidenceId, type GraphRows } from '../../../src/dataset/compile.js';
import { minimalDataset, validateData } from '../../support/dataset.js';

async function compiledFixture(): Promise<GraphRows> {
  const valid = await validateData(minimalDataset());
  if (Array.isArray(valid)) throw new Error(JSON.stringify(valid));
  return compileDataset(valid);
}

const TEXT =
  'On 8 September 2016 Alice Example met Bob Example in an office. Alice Example later said she never met Bob.';

describe('compileDataset (tests/fixtures/datasets/minimal.yaml)', () => {
  it('makes one node per entry, labelled by its id prefix', async () => {
    const rows = await compiledFixture();
    expect(rows.dataset).toBe('fixture-minimal');
    expect(rows.nodes.map((n) => `${n.label} ${n.id}`).sort()).toEqual(
      [
        'Event event:office-meeting',
        'Organization org:acme',
        'Person person:alice',
        'Person person:bob',
        'Person person:carol',
        'Source source:fixture',
        'Statement statement:alice-denies',
        'Statement statement:carol-for-alice',
      ].sort(),
    );
  });

  it('anchors each quote as an evidence span whose id says where it is', async () => {
    const rows = await compiledFixture();
    const start = TEXT.indexOf('Alice Example met');
    const span = rows.evidence.find((e) => e.quote === 'Alice Example met');
    expect(span).toEqual({
      id: evidenceId('source:fixture', start, start + 'Alice Example met'.length),
      sourceId: 'source:fixture',
      start,
      end: start + 17,
      quote: 'Alice Example met',
      // The sentence it sits in (src/dataset/sentences.ts).
      sentence: 'On 8 September 2016 Alice Example met Bob Example in an office.',
      sentenceStart: 0,
      sentenceEnd: 63,
    });
    expect(span?.id).toBe(`source:fixture#char=${start},${start + 17}`);
    const alice = rows.nodes.find((n) => n.id === 'person:alice');
    expect(alice?.evidenceIds).toEqual([span?.id]);
  });

  it('flattens the meeting date into typed properties', async () => {
    const meeting = (await compiledFixture()).nodes.find((n) => n.id === 'event:office-meeting');
    expect(meeting?.props).toMatchObject({
      date: '2016-09-08',
      datePrecision: 'day', // stored lower-case; the API upper-cases it
      dateText: '8 September 2016',
    });
    // A plain ISO day: the dataset stage knows no driver types; the loader makes it a Neo4j DATE
    // (src/loader/driver-values.ts, tested in tests/unit/loader-driver-values.test.ts).
    expect(meeting?.props.dateStart).toEqual('2016-09-08');
    expect(meeting?.props.dateEnd).toEqual('2016-09-08');
  });

  it('links participants, speakers and statements, and derives MET_WITH and SPOKE_FOR', async () => {
    const rows = await compiledFixture();
    const links = rows.relationships.map((r) => `${r.from} ${r.type} ${r.to}`).sort();
    expect(links).toEqual(
      expect.arrayContaining([
        'person:alice PARTICIPATED_IN event:office-meeting',
        'person:bob PARTICIPATED_IN event:office-meeting',
        'person:alice MADE statement:alice-denies',
        'statement:alice-denies ABOUT event:office-meeting',
        'statement:carol-for-alice ON_BEHALF_OF person:alice',
        'statement:carol-for-alice ABOUT statement:alice-denies',
        'person:alice MET_WITH person:bob',
        'person:carol SPOKE_FOR person:alice',
      ]),
    );
    // MET_WITH is derived once per pair and meeting, never curated, never for a non-meeting.
    expect(links.filter((l) => l.includes('MET_WITH'))).toHaveLength(1);
    const about = rows.relationships.find(
      (r) => r.type === 'ABOUT' && r.to === 'event:office-meeting',
    );
    expect(about?.props).toMatchObject({ stance: 'denies' });
  });

  it('marks what rests on a claimed meeting (MET_WITH, participations) as a claim, with its claimant and count', async () => {
    const resting = (rows: GraphRows) =>
      rows.relationships.filter((r) => ['MET_WITH', 'PARTICIPATED_IN'].includes(r.type));
    const recorded = resting(await compiledFixture());
    expect(recorded).toHaveLength(3);
    for (const rel of recorded) {
      expect(rel.props).toMatchObject({ claim: false });
      expect(rel.props).not.toHaveProperty('claimedBy');
      expect(rel.props).not.toHaveProperty('count');
    }

    const data = minimalDataset() as { events: Record<string, unknown>[] };
    Object.assign(data.events[0] ?? {}, { claimedBy: 'statement:alice-denies', count: 'twice' });
    const valid = await validateData(data);
    if (Array.isArray(valid)) throw new Error(JSON.stringify(valid));
    const claimed = resting(compileDataset(valid));
    expect(claimed).toHaveLength(3);
    for (const rel of claimed)
      expect(rel.props).toMatchObject({
        claim: true,
        claimedBy: ['statement:alice-denies'],
        count: ['twice'],
      });
    expect(claimed.find((r) => r.type === 'MET_WITH')?.props.meetingId).toBe(
      'event:office-meeting',
    );
  });

  it('is deterministic: the same file gives the same rows', async () => {
    expect(JSON.stringify(await compiledFixture())).toBe(JSON.stringify(await compiledFixture()));
  });
});
