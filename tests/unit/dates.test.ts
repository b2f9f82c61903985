import { describe, expect, it } from 'vitest';
import { dateSortKey, dayProblem, isDayForm, parseDateValue } from '../../src/domain/index.js';

describe('parseDateValue: honest precision', () => {
  it('gives a month its whole range, never a fake first day', () => {
    expect(parseDateValue('2016-07')).toEqual({
      precision: 'month',
      start: '2016-07-01',
      end: '2016-07-31',
    });
    expect(parseDateValue('2016-02')).toEqual({
      precision: 'month',
      start: '2016-02-01',
      end: '2016-02-29',
    });
  });

  it('reads year, day and minute', () => {
    expect(parseDateValue('2016')).toEqual({
      precision: 'year',
      start: '2016-01-01',
      end: '2016-12-31',
    });
    expect(parseDateValue('2016-09-08')).toEqual({
      precision: 'day',
      start: '2016-09-08',
      end: '2016-09-08',
    });
    expect(parseDateValue('2017-03-02T16:00-05:00')).toEqual({
      precision: 'minute',
      start: '2017-03-02',
      end: '2017-03-02',
    });
  });

  it('gives an interval its own shape, never a day: open start, open end, or both ends known', () => {
    expect(parseDateValue('../2017-03-02')).toEqual({ precision: 'open-start', end: '2017-03-02' });
    expect(parseDateValue('2016-07/..')).toEqual({ precision: 'open-end', start: '2016-07-01' });
    expect(parseDateValue('2016-07/2016-09-08')).toEqual({
      precision: 'interval',
      start: '2016-07-01',
      end: '2016-09-08',
    });
  });

  it('refuses impossible dates and says why', () => {
    expect(parseDateValue('2017-02-30')).toBe('2017-02-30 does not exist (2017-02 has 28 days)');
    expect(parseDateValue('2016-13')).toBe('month 13 does not exist');
    expect(parseDateValue('2017-03-02T25:00Z')).toBe('time 25:00 does not exist');
    expect(parseDateValue('July 2016')).toMatch(/is not a date: expected YYYY/);
    expect(parseDateValue('2017-03-02/2016-01-01')).toMatch(/ends before it starts/);
    expect(parseDateValue('../..')).toMatch(/open on both sides/);
    expect(parseDateValue('2016/2017/2018')).toMatch(/more than one "\/"/);
  });

  it("gives an interval the whole range of its sides' precisions", () => {
    expect(parseDateValue('2016/2017-03')).toEqual({
      precision: 'interval',
      start: '2016-01-01',
      end: '2017-03-31',
    });
  });

  it('knows leap years: February 2016 has 29 days, 1900 and 2017 have 28', () => {
    expect(parseDateValue('2016-02-29')).toMatchObject({ precision: 'day' });
    expect(parseDateValue('1900-02-29')).toBe('1900-02-29 does not exist (1900-02 has 28 days)');
    expect(parseDateValue('2000-02')).toMatchObject({ end: '2000-02-29' });
  });
});

describe('dayProblem: one calendar day that exists (the API Date)', () => {
  it('accepts a day that exists', () => {
    expect(dayProblem('2016-09-08')).toBeUndefined();
    expect(isDayForm('2016-09-08')).toBe(true);
  });

  it('refuses other precisions, which are dates but not days', () => {
    for (const value of ['2016', '2016-07', '2017-03-02T16:00-05:00', '2016-07/2016-08']) {
      expect(isDayForm(value)).toBe(false);
      expect(dayProblem(value)).toBe('is not in the form YYYY-MM-DD');
    }
  });

  it('says why a day in the right form does not exist', () => {
    expect(isDayForm('2017-02-30')).toBe(true);
    expect(dayProblem('2017-02-30')).toBe('2017-02-30 does not exist (2017-02 has 28 days)');
    expect(dayProblem('2017-13-01')).toBe('month 13 does not exist');
  });
});

describe('dateSortKey: one order for every surface', () => {
  const sorted = (values: string[]) =>
    [...values].sort((a, b) => ((dateSortKey(a) ?? '') < (dateSortKey(b) ?? '') ? -1 : 1));

  it('spells the key: anchor day, rank on that day, range, UTC instant', () => {
    expect(dateSortKey('2016-07')).toBe('2016-07-16 1 2016-07-01 2016-07-31 ~');
    expect(dateSortKey('2016')).toBe('2016-07-01 1 2016-01-01 2016-12-31 ~');
    expect(dateSortKey('2016-09-08')).toBe('2016-09-08 1 2016-09-08 2016-09-08 ~');
    expect(dateSortKey('2017-03-02T16:00-05:00')).toBe(
      '2017-03-02 1 2017-03-02 2017-03-02 2017-03-02T21:00Z',
    );
    expect(dateSortKey('../2017-03-02')).toBe('2017-03-02 0 .. 2017-03-02 ~');
    expect(dateSortKey('2016-07/..')).toBe('2016-07-01 2 2016-07-01 .. ~');
    expect(dateSortKey('2016-07/2016-09-08')).toBe('2016-08-04 1 2016-07-01 2016-09-08 ~');
    expect(dateSortKey('July 2016')).toBeUndefined();
  });

  it("sorts the meetings 'concluded today' (../2017-03-02) before that day's news conference at 4 p.m.", () => {
    expect(sorted(['2017-03-02', '2017-03-02T16:00-05:00', '../2017-03-02', '2017-03-01'])).toEqual(
      ['2017-03-01', '../2017-03-02', '2017-03-02T16:00-05:00', '2017-03-02'],
    );
  });

  it('sorts a month as its middle, a year as its middle, and timed events by their instant', () => {
    expect(sorted(['2016-07-20', '2016-07', '2016-07-10', '2016', '2016-06-30'])).toEqual([
      '2016-06-30',
      '2016',
      '2016-07-10',
      '2016-07',
      '2016-07-20',
    ]);
    // 15:00 in New York is 20:00 UTC, after 19:00 UTC.
    expect(sorted(['2017-03-02T15:00-05:00', '2017-03-02T19:00Z'])).toEqual([
      '2017-03-02T19:00Z',
      '2017-03-02T15:00-05:00',
    ]);
  });
});
