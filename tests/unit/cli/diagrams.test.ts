import { describe, expect, it } from 'vitest';
import { dot, mermaid, stepLabel, type Edge } from '../../../src/cli/format/diagrams.js';

const sessions = { id: 'person:jeff-sessions', name: 'Jeff Sessions' };
const kislyak = { id: 'person:sergey-kislyak', name: 'Sergey Kislyak' };
const flores = { id: 'person:sarah-isgur-flores', name: 'Sarah Isgur Flores' };

const day = (value: string, marks: { approximate?: boolean; inferred?: boolean } = {}) => ({
  value,
  precision: 'DAY',
  approximate: marks.approximate ?? false,
  inferred: marks.inferred ?? false,
});

describe('diagram labels keep the date honesty marks', () => {
  it.each([
    ['MET_WITH', day('2016-09-08'), false, 'MET_WITH 2016-09-08'],
    ['SPOKE_FOR', day('2017-03-01', { inferred: true }), false, 'SPOKE_FOR 2017-03-01 (inferred)'],
    [
      'PARTICIPATED_IN',
      day('2017-03-02T16:00-05:00', { approximate: true, inferred: true }),
      false,
      'PARTICIPATED_IN ~2017-03-02 16:00-05:00 (approx., inferred)',
    ],
    [
      'MET_WITH',
      { value: '../2017-03-02', precision: 'OPEN_START', approximate: false, inferred: false },
      false,
      'MET_WITH ../2017-03-02 (open start)',
    ],
    ['MET_WITH', day('2016', { inferred: true }), true, 'MET_WITH 2016 (inferred, claim)'],
    ['MET_WITH', null, true, 'MET_WITH (claim)'],
    ['MET_WITH', null, false, 'MET_WITH'],
  ])('%s %j (claim: %s) is labelled %j', (type, date, isClaim, label) => {
    expect(stepLabel(type, date, isClaim)).toBe(label);
  });
});

describe('diagrams draw each edge once', () => {
  // What `path --all` gives: two paths sharing their first step.
  const spoke: Edge = {
    from: flores,
    to: sessions,
    label: stepLabel('SPOKE_FOR', day('2017-03-01', { inferred: true })),
  };
  const july: Edge = { from: sessions, to: kislyak, label: 'MET_WITH 2016-07' };
  const september: Edge = { from: sessions, to: kislyak, label: 'MET_WITH 2016-09-08' };
  const edges = [spoke, july, { ...spoke }, september];

  it('mermaid, exactly', () => {
    expect(mermaid(edges)).toBe(
      [
        'graph LR',
        '  n0["Sarah Isgur Flores"] -->|"SPOKE_FOR 2017-03-01 (inferred)"| n1["Jeff Sessions"]',
        '  n1["Jeff Sessions"] -->|"MET_WITH 2016-07"| n2["Sergey Kislyak"]',
        '  n1["Jeff Sessions"] -->|"MET_WITH 2016-09-08"| n2["Sergey Kislyak"]',
        '',
      ].join('\n'),
    );
  });

  it('dot, exactly', () => {
    expect(dot(edges)).toBe(
      [
        'digraph testimony {',
        '  rankdir=LR;',
        '  node [shape=box, style=rounded];',
        '  "person:sarah-isgur-flores" [label="Sarah Isgur Flores"];',
        '  "person:jeff-sessions" [label="Jeff Sessions"];',
        '  "person:sarah-isgur-flores" -> "person:jeff-sessions" [label="SPOKE_FOR 2017-03-01 (inferred)"];',
        '  "person:sergey-kislyak" [label="Sergey Kislyak"];',
        '  "person:jeff-sessions" -> "person:sergey-kislyak" [label="MET_WITH 2016-07"];',
        '  "person:jeff-sessions" -> "person:sergey-kislyak" [label="MET_WITH 2016-09-08"];',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('two meetings on one day with one pair stay two edges (told apart by their ids)', () => {
    const a: Edge = { ...july, id: 'event:a' };
    const b: Edge = { ...july, id: 'event:b' };
    expect(
      mermaid([a, b, { ...a }])
        .trim()
        .split('\n'),
    ).toHaveLength(3);
  });

  it('quotes in names and labels are escaped', () => {
    const quoted = { id: 'x', name: 'The "Ledger"' };
    expect(mermaid([{ from: quoted, to: sessions, label: 'CITES "x"' }])).toContain(
      'n0["The #quot;Ledger#quot;"] -->|"CITES #quot;x#quot;"|',
    );
  });
});
