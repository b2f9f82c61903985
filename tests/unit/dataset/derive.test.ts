import { describe, expect, it } from 'vitest';
import { deriveMeetings, deriveSpokeFor, type MeetingMember } from '../../../src/dataset/derive.js';

const span = (id: string) => ({ id, quote: id, start: 0, end: 1, sourceId: 'source:x' });
const member = (id: string, props: Record<string, unknown>, people: string[]): MeetingMember => ({
  id,
  props: { name: id, datasets: [`d-${id}`], ...props },
  evidence: [span(`${id}#event`)],
  participants: people.map((p) => ({ id: p, evidence: [span(`${id}#${p}`)] })),
});

describe('deriveMeetings', () => {
  const recorded = member('event:b-recorded', { date: '2016-07' }, ['person:a', 'person:b']);
  const claimed = member(
    'event:a-claimed',
    { date: '2016-07', claimedBy: 'statement:s', count: 'twice' },
    ['person:a', 'person:b', 'person:c'],
  );

  it('gives one MET_WITH per pair for the whole cluster, the recorded version leading', () => {
    const rows = deriveMeetings('event:a-claimed', [claimed, recorded]);
    const ab = rows.find((r) => r.from === 'person:a' && r.to === 'person:b');
    expect(rows).toHaveLength(3);
    expect(ab?.props).toMatchObject({
      meetingId: 'event:a-claimed',
      meetingIds: ['event:a-claimed', 'event:b-recorded'],
      meetingName: 'event:b-recorded',
      claim: false,
      claimedBy: ['statement:s'],
      count: ['twice'],
      datasets: ['d-event:a-claimed', 'd-event:b-recorded'],
    });
    expect(ab?.props.evidenceIds).toEqual([
      'event:b-recorded#event',
      'event:b-recorded#person:a',
      'event:b-recorded#person:b',
      'event:a-claimed#event',
      'event:a-claimed#person:a',
      'event:a-claimed#person:b',
    ]);
  });

  it('marks a pair known only from a claim as a claim', () => {
    const ac = deriveMeetings('event:a-claimed', [claimed, recorded]).find(
      (r) => r.to === 'person:c',
    );
    expect(ac?.props).toMatchObject({ claim: true, meetingIds: ['event:a-claimed'] });
  });

  it('does not depend on the order of the members', () => {
    expect(deriveMeetings('x', [recorded, claimed])).toEqual(
      deriveMeetings('x', [claimed, recorded]),
    );
  });
});

describe('deriveSpokeFor', () => {
  it('orders statements by date, undated last, then by id, and dates it by the first', () => {
    const row = deriveSpokeFor('person:s', 'person:p', [
      { id: 'statement:z', props: {}, evidence: [span('z')] },
      {
        id: 'statement:y',
        props: { saidAtStart: '2017-03-01', saidAt: '2017-03-01' },
        evidence: [span('y')],
      },
      { id: 'statement:a', props: {}, evidence: [span('a')] },
    ]);
    expect(row?.props.statementIds).toEqual(['statement:y', 'statement:a', 'statement:z']);
    expect(row?.props.date).toBe('2017-03-01');
  });
});
