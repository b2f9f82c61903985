import { describe, expect, it } from 'vitest';
import { parseDateValue } from '../../../src/domain/index.js';
import { findDates } from '../../../src/draft/dates.js';

/** Sentences of our own making, resolved against a publication on Thursday 2 March 2017. */
const PUBLISHED = '2017-03-02';
const only = (text: string, published = PUBLISHED) => {
  const found = findDates(text, published);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const [date] = found;
  // Every value is in the dataset's date grammar.
  expect(typeof parseDateValue(date?.value ?? '')).not.toBe('string');
  expect(text.slice(date?.start, date?.end)).toBe(date?.text);
  return date;
};

describe('dates resolved against the publication date', () => {
  it('"Wednesday night": the Wednesday before, day precision, inferred with why', () => {
    expect(only('The senator spoke on Wednesday night.')).toMatchObject({
      text: 'Wednesday night',
      value: '2017-03-01',
      inferred: expect.stringContaining(
        'the Wednesday before the publication date, Thursday 2 March 2017',
      ),
    });
  });

  it('a weekday in the future tense is the next one', () => {
    expect(only('The panel will meet on Friday.')?.value).toBe('2017-03-03');
  });

  it('"last year" gives the year; "last month" the month', () => {
    expect(only('Last year, the company grew.')).toMatchObject({
      value: '2016',
      text: 'Last year',
    });
    expect(only('She resigned last month.')?.value).toBe('2017-02');
  });

  it('"in July" takes its year from the context, else the last July before publication', () => {
    const dates = findDates('In 2015 he moved to Ohio. In July he left again.', PUBLISHED);
    expect(dates.map((d) => d.value)).toEqual(['2015', '2015-07']);
    expect(dates[1]?.inferred).toContain('"2015"');
    expect(only('They spoke in July about trade.')).toMatchObject({
      value: '2016-07',
      inferred: expect.stringContaining('the last July'),
    });
  });

  it('"earlier this week" gives a range from Monday to the day before', () => {
    expect(only('He met them earlier this week.')).toMatchObject({
      text: 'earlier this week',
      value: '2017-02-27/2017-03-01',
    });
  });

  it('"the last several weeks" is open at its start; "the past two weeks" counted back', () => {
    expect(only('Over the last several weeks, talks went on.')?.value).toBe('../2017-03-02');
    expect(only('Over the past two weeks, talks went on.')?.value).toBe('2017-02-16/2017-03-02');
  });

  it('"September 8 of that same year" is in the year written before it', () => {
    const dates = findDates(
      'They met in July 2016, and again on September 8 of that same year.',
      PUBLISHED,
    );
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['July 2016', '2016-07'],
      ['September 8 of that same year', '2016-09-08'],
    ]);
  });

  it('a month and day without a year: the last one up to publication, said so', () => {
    expect(only('The hearing was on January 10.')).toMatchObject({
      value: '2017-01-10',
      inferred: expect.stringContaining('the year is not given'),
    });
  });

  it('a time with its zone is a minute on the publication day; "shortly after" is approximate', () => {
    expect(only('It began shortly after 4 p.m. EST.')).toMatchObject({
      text: 'shortly after 4 p.m. EST',
      value: '2017-03-02T16:00-05:00',
      approximate: true,
    });
    // Without a zone, the minute cannot be written honestly: the day only.
    expect(only('It began at 4 p.m.')?.value).toBe('2017-03-02');
  });

  it('absolute dates need no inference; "now" is not a date', () => {
    expect(only('On March 2, 2017, he spoke.')).toEqual(
      expect.not.objectContaining({ inferred: expect.anything() }),
    );
    expect(findDates('He is now the chairman.', PUBLISHED)).toEqual([]);
  });
});
