import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DAY_PROPERTIES } from '../../src/dataset/day-properties.js';
import { toDriverRow, toDriverRows } from '../../src/loader/driver-values.js';
import { bundledDatasets, prepareDatasets } from '../../src/loader/seed.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

describe('the dataset stage hands the loader plain rows', () => {
  it('compiles the bundled datasets to JSON-plain values, days as YYYY-MM-DD strings', async () => {
    const graphs = await prepareDatasets(bundledDatasets());
    expect(graphs.length).toBeGreaterThan(0);
    // A class instance (a driver type) would not survive the JSON round trip unchanged.
    expect(JSON.parse(JSON.stringify(graphs))).toEqual(graphs);
    const props = graphs.flatMap((g) => [...g.nodes, ...g.relationships].map((row) => row.props));
    const days = props.flatMap((p) => Object.entries(p).filter(([key]) => DAY_PROPERTIES.has(key)));
    expect(days.length).toBeGreaterThan(0);
    for (const [, value] of days) expect(value).toMatch(DAY);
  });
});

describe('toDriverRow: plain rows to driver values, right before writing', () => {
  it('stores day properties as DATE and leaves other date properties as written', () => {
    const row = toDriverRow({
      id: 'event:x',
      props: {
        date: '2016-07',
        dateStart: '2016-07-01',
        dateEnd: '2016-07-31',
        text: '2016-07-01',
      },
    }) as { props: Record<string, unknown> };
    expect(row.props.dateStart).toBeInstanceOf(neo4j.types.Date);
    expect(row.props.dateStart).toEqual(new neo4j.types.Date(2016, 7, 1));
    expect(String(row.props.dateEnd)).toBe('2016-07-31');
    expect(row.props.date).toBe('2016-07');
    // Only the named day properties are days: a text that looks like one stays text.
    expect(row.props.text).toBe('2016-07-01');
  });

  it('stores whole numbers as INTEGER, in rows, props and lists', () => {
    const [evidence, rel] = toDriverRows([
      { id: 'e', sourceId: 's', start: 3, end: 12, quote: 'q' },
      { type: 'MET_WITH', from: 'a', to: 'b', props: { evidenceStarts: [3, 40], count: 2.5 } },
    ]) as [Record<string, unknown>, { props: Record<string, unknown> }];
    expect(evidence.start).toEqual(neo4j.int(3));
    expect(evidence.quote).toBe('q');
    expect(rel.props.evidenceStarts).toEqual([neo4j.int(3), neo4j.int(40)]);
    expect(rel.props.count).toBe(2.5);
  });

  it('leaves the compiled rows themselves untouched', () => {
    const row = { id: 'x', props: { duringStart: '2017-01-01', n: 1 } };
    toDriverRow(row);
    expect(row).toEqual({ id: 'x', props: { duringStart: '2017-01-01', n: 1 } });
  });
});
