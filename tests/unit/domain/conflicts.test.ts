import { describe, expect, it } from 'vitest';
import {
  attributedWordsConflict,
  compareMembers,
  eventConflicts,
  nodeVersionConflicts,
  preferredMember,
  type EventVersion,
} from '../../../src/domain/index.js';

const sessions = { id: 'person:jeff-sessions', name: 'Jeff Sessions' };
const kislyak = { id: 'person:sergey-kislyak', name: 'Sergey Kislyak' };

// The two clusters of the other-reports fixture, as the API hands them to the rules.
const julyBundled: EventVersion = {
  key: 'event:meeting-sessions-kislyak-2016-07',
  label: 'sessions-recusal-2017-03-02',
  date: { value: '2016-07' },
  place: 'amidst a group of ambassadors at a Heritage Foundation event',
  kind: 'meeting',
  participants: [sessions, kislyak],
};
const julyLedger: EventVersion = {
  key: 'event:fixture-sessions-kislyak-july-2016',
  label: 'fixture-other-reports',
  date: { value: '2016-07' },
  count: 'twice',
  kind: 'meeting',
  participants: [sessions, kislyak],
};

describe('eventConflicts: the members of one same-event cluster', () => {
  it('finds the count conflict of "twice in July" against one July conversation, and nothing else', () => {
    expect(eventConflicts([julyBundled, julyLedger])).toEqual([
      {
        kind: 'COUNT',
        verdict: 'conflicts',
        explanation: 'exactly 1 (no count given) and "twice" (exactly 2) cannot both be true',
        keys: [julyBundled.key, julyLedger.key],
      },
    ]);
  });

  it('finds the date conflict (August against 8 September) and the differing place', () => {
    const september: EventVersion = {
      key: 'event:meeting-sessions-kislyak-2016-09-08',
      label: 'sessions-recusal-2017-03-02',
      date: { value: '2016-09-08' },
      place: 'an office',
      participants: [sessions, kislyak],
    };
    const august: EventVersion = {
      key: 'event:fixture-sessions-kislyak-office-2016',
      label: 'fixture-other-reports',
      date: { value: '2016-08' },
      place: 'his Senate office',
      participants: [sessions, kislyak],
    };
    const found = eventConflicts([september, august]);
    expect(found.map((c) => [c.kind, c.verdict])).toEqual([
      ['EVENT_DATE', 'conflicts'],
      ['PLACE', 'differs'],
    ]);
    expect(found[0]?.explanation).toBe(
      '2016-09-08 (2016-09-08) and 2016-08 (2016-08-01 to 2016-08-31) do not overlap',
    );
  });

  it('compares a place or date only where two versions give one', () => {
    expect(eventConflicts([julyBundled, { ...julyLedger, count: null, date: null }])).toEqual([]);
  });

  it('reports a person named in one version only', () => {
    const found = eventConflicts([
      julyBundled,
      { ...julyLedger, count: null, participants: [sessions] },
    ]);
    expect(found).toEqual([
      {
        kind: 'PARTICIPANTS',
        verdict: 'differs',
        explanation:
          "Sergey Kislyak in sessions-recusal-2017-03-02's version, not in fixture-other-reports's",
        keys: [julyBundled.key, julyLedger.key],
      },
    ]);
  });

  it('says "cannot compare" for a count it does not read, and names the pair among three', () => {
    const third: EventVersion = {
      ...julyLedger,
      key: 'event:third',
      label: 'third',
      count: 'several',
    };
    const found = eventConflicts([julyBundled, { ...julyLedger, count: null }, third]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'COUNT', verdict: 'cannot-compare' });
    expect(found[0]?.explanation).toContain('sessions-recusal-2017-03-02 / third: ');
    expect(found[0]?.keys).toHaveLength(3);
  });

  it('takes the strongest verdict among pairs', () => {
    const found = eventConflicts([
      julyBundled,
      { ...julyLedger, key: 'event:x', label: 'x', count: 'several' },
      julyLedger,
    ]);
    expect(found[0]).toMatchObject({ kind: 'COUNT', verdict: 'conflicts' });
  });
});

describe('nodeVersionConflicts: the datasets’ versions of a shared node', () => {
  it('reports other descriptions as differing, and the same name as nothing', () => {
    const found = nodeVersionConflicts([
      {
        key: 'person:sergey-kislyak@a',
        label: 'a',
        name: 'Sergey Kislyak',
        description: 'Russian ambassador.',
      },
      {
        key: 'person:sergey-kislyak@b',
        label: 'b',
        name: 'Sergey Kislyak',
        description: 'The Russian envoy.',
      },
    ]);
    expect(found).toEqual([
      {
        kind: 'DESCRIPTION',
        verdict: 'differs',
        explanation: '"Russian ambassador." and "The Russian envoy." are worded differently',
        keys: ['person:sergey-kislyak@a', 'person:sergey-kislyak@b'],
      },
    ]);
  });

  it('compares a field only between versions that give it', () => {
    expect(
      nodeVersionConflicts([
        { key: 'x@a', label: 'a', name: 'X', description: 'one' },
        { key: 'x@b', label: 'b', name: 'X' },
      ]),
    ).toEqual([]);
  });
});

describe('attributedWordsConflict', () => {
  it('conflicts when one dataset has the speaker deny what the other has them assert', () => {
    expect(
      attributedWordsConflict(
        { key: 'statement:a', label: 'a', stance: 'asserts' },
        { key: 'statement:b', label: 'b', stance: 'denies' },
      ),
    ).toMatchObject({ kind: 'ATTRIBUTED_WORDS', verdict: 'conflicts' });
    expect(
      attributedWordsConflict(
        { key: 'statement:a', label: 'a', stance: 'asserts' },
        { key: 'statement:b', label: 'b', stance: 'hedges' },
      ),
    ).toBeUndefined();
  });
});

describe('preferredMember: how a cluster is shown as one meeting', () => {
  it('leads with a recorded event before a claim, then the smaller id', () => {
    const claim = { id: 'event:a', claimedBy: 'statement:x' };
    const recorded = { id: 'event:c' };
    const recorded2 = { id: 'event:b' };
    expect(preferredMember([claim, recorded])).toBe(recorded);
    expect(preferredMember([claim, recorded, recorded2])).toBe(recorded2);
    expect(preferredMember([claim])).toBe(claim);
    expect(preferredMember([])).toBeUndefined();
    expect([recorded, claim, recorded2].sort(compareMembers).map((m) => m.id)).toEqual([
      'event:b',
      'event:c',
      'event:a',
    ]);
  });
});
