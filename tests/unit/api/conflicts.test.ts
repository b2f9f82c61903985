import { buildASTSchema, isEnumType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { conflictSides, judge, meetingVersions, ownVersion } from '../../../src/api/conflicts.js';
import { ArgumentValuesRule } from '../../../src/api/rules/argument-values-rule.js';
import { buildSchema, readTypeDefs } from '../../../src/api/schema.js';
import { conflictKinds } from '../../../src/cli/options.js';
import { CONFLICT_KINDS } from '../../../src/domain/index.js';

const event = (id: string, props: Record<string, unknown>) => ({
  id,
  labels: ['Entity', 'Event'],
  kind: 'meeting',
  ...props,
});
const person = (id: string, name: string) => ({ id, name, labels: ['Entity', 'Person'] });
const attend = (id: string, name: string) => ({
  rel: { role: 'attendee' },
  node: person(id, name),
});
const span = (sourceId: string, start: number, quote: string, dataset: string) => ({
  sourceId,
  start,
  end: start + quote.length,
  quote,
  dataset,
});

/** A row of conflicts.cypher as Neo4j returns it (plain values), for the September cluster. */
const ROW = {
  clusters: [
    {
      cluster: 'event:b-august',
      members: [
        {
          node: event('event:b-august', {
            datasets: ['b'],
            date: '2016-08',
            datePrecision: 'month',
            place: 'his Senate office',
          }),
          participants: [attend('person:s', 'Sessions'), attend('person:k', 'Kislyak')],
          claimedBy: null,
          // The same span twice (two links to one Evidence node) is one quote.
          evidence: [span('source:b', 5, 'in August', 'b'), span('source:b', 5, 'in August', 'b')],
        },
        {
          node: event('event:c-september', {
            datasets: ['a'],
            date: '2016-09-08',
            datePrecision: 'day',
            place: 'an office',
          }),
          participants: [attend('person:s', 'Sessions')],
          claimedBy: null,
          evidence: [span('source:a', 0, 'September 8', 'a')],
        },
      ],
    },
  ],
  clustersCapped: false,
  versioned: [
    {
      node: person('person:k', 'Kislyak'),
      versions: [
        {
          id: 'person:k@a',
          of: 'person:k',
          dataset: 'a',
          preferred: true,
          name: 'Kislyak',
          description: 'Russian ambassador',
          evidence: [span('source:a', 20, 'Ambassador Kislyak', 'a')],
        },
        {
          id: 'person:k@b',
          of: 'person:k',
          dataset: 'b',
          preferred: false,
          name: 'Kislyak',
          description: 'the Russian envoy',
          evidence: [],
        },
      ],
    },
  ],
  versionedCapped: false,
  words: [],
  wordsCapped: true,
};

describe('judging the raw sides of conflicts.cypher', () => {
  const sides = conflictSides(ROW);

  it('reads the row: unique evidence spans, versions split into their own props, the cap', () => {
    expect(sides.clusters[0]?.members[0]?.evidence).toEqual([
      { sourceId: 'source:b', start: 5, end: 14, quote: 'in August' },
    ]);
    expect(sides.versioned[0]?.versions[0]).toEqual({
      id: 'person:k@a',
      of: 'person:k',
      dataset: 'a',
      preferred: true,
      props: { name: 'Kislyak', description: 'Russian ambassador' },
      evidence: [{ sourceId: 'source:a', start: 20, end: 38, quote: 'Ambassador Kislyak' }],
    });
    expect(sides.scanCapped).toBe(true);
    expect(conflictSides(undefined)).toEqual({
      clusters: [],
      versioned: [],
      words: [],
      scanCapped: false,
    });
  });

  it('finds the date conflict first, then what differs, each side with its value and reading', () => {
    const found = judge(sides);
    expect(found.map((c) => [c.kind, c.verdict, c.subject.id])).toEqual([
      // Both recorded: the cluster leads with the finer date (a day before a month).
      ['EVENT_DATE', 'CONFLICTS', 'event:c-september'],
      ['PARTICIPANTS', 'DIFFERS', 'event:c-september'],
      ['PLACE', 'DIFFERS', 'event:c-september'],
      ['DESCRIPTION', 'DIFFERS', 'person:k'],
    ]);
    const [date, participants] = found;
    expect(
      date?.sides.map((s) => [s.node?.id, s.value, s.reading, s.date?.precision, s.preferred]),
    ).toEqual([
      ['event:b-august', '2016-08', '2016-08-01 to 2016-08-31', 'month', false],
      ['event:c-september', '2016-09-08', '2016-09-08', 'day', true],
    ]);
    expect(participants?.explanation).toBe("Kislyak in b's version, not in a's");
    expect(participants?.sides.map((s) => s.value)).toEqual(['Sessions, Kislyak', 'Sessions']);
    expect(found[3]?.sides.map((s) => [s.dataset, s.value, s.node])).toEqual([
      ['a', 'Russian ambassador', null],
      ['b', 'the Russian envoy', null],
    ]);
  });

  it('filters by kind', () => {
    expect(judge(sides, ['PLACE']).map((c) => c.kind)).toEqual(['PLACE']);
  });

  it('orders a meeting’s versions preferred first', () => {
    const cluster = sides.clusters[0];
    if (!cluster) throw new Error('no cluster');
    expect(meetingVersions(cluster).map((v) => [v.node.id, v.preferred])).toEqual([
      ['event:c-september', true],
      ['event:b-august', false],
    ]);
  });

  it('makes a node one dataset defines its own only version', () => {
    expect(
      ownVersion({
        id: 'person:t',
        labels: ['Entity', 'Person'],
        datasets: ['a'],
        name: 'T',
        aliases: ['Trump'],
      }),
    ).toEqual({
      id: 'person:t@a',
      of: 'person:t',
      dataset: 'a',
      preferred: true,
      props: { name: 'T', aliases: ['Trump'] },
      evidence: null,
    });
  });
});

describe('the ConflictKind contract', () => {
  it('lists exactly the kinds of src/domain/conflicts.ts, in order', () => {
    const schema = buildASTSchema(parse(readTypeDefs().join('\n')));
    const kind = schema.getType('ConflictKind');
    if (!isEnumType(kind)) throw new Error('the SDL has no enum ConflictKind');
    expect(kind.getValues().map((v) => v.name)).toEqual([...CONFLICT_KINDS]);
  });

  it('checks list literals of kinds item by item', () => {
    const errors = (document: string) =>
      validate(buildSchema(), parse(document), [ArgumentValuesRule]).map((e) => e.message);
    expect(errors('{ conflicts(kinds: [COUNT, EVENT_DATE]) { totalCount } }')).toEqual([]);
    expect(errors('{ conflicts(kinds: COUNT) { totalCount } }')).toEqual([]);
    expect(errors('{ conflicts(kinds: [COUNT, WHEN]) { totalCount } }')).toEqual([
      `Argument "kinds" must be one of ${CONFLICT_KINDS.join(', ')}; got WHEN.`,
    ]);
  });

  it('reads the CLI’s --kind in any case, with - or _', () => {
    expect(conflictKinds('event-date,COUNT, attributed_words')).toEqual([
      'EVENT_DATE',
      'COUNT',
      'ATTRIBUTED_WORDS',
    ]);
    expect(() => conflictKinds('when')).toThrow(/expected kinds from event-date, count/);
    expect(() => conflictKinds(',')).toThrow();
  });
});
