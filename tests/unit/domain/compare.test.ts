import { describe, expect, it } from 'vitest';
import {
  compareCounts,
  compareDates,
  compareParticipants,
  compareStances,
  compareTexts,
  dateInterval,
  normaliseText,
  readCount,
  strongest,
} from '../../../src/domain/index.js';

const verdict = (c: { verdict: string }) => c.verdict;

describe('compareDates: precision-aware, by the days a date may mean', () => {
  it('agrees when a month contains a day, or two values name the same month', () => {
    expect(verdict(compareDates({ value: '2016-07' }, { value: '2016-07-20' }))).toBe('agrees');
    expect(verdict(compareDates({ value: '2016-07' }, { value: '2016-07' }))).toBe('agrees');
    expect(verdict(compareDates({ value: '2016' }, { value: '2016-09-08' }))).toBe('agrees');
    expect(
      verdict(compareDates({ value: '2017-03-02T16:00-05:00' }, { value: '2017-03-02' })),
    ).toBe('agrees');
  });

  it('conflicts when the ranges do not overlap, and says which days each means', () => {
    const july = compareDates({ value: '2016-07' }, { value: '2016-09' });
    expect(july.verdict).toBe('conflicts');
    const august = compareDates({ value: '2016-08' }, { value: '2016-09-08' });
    expect(august).toEqual({
      verdict: 'conflicts',
      reason: '2016-08 (2016-08-01 to 2016-08-31) and 2016-09-08 (2016-09-08) do not overlap',
    });
    expect(verdict(compareDates({ value: '2015' }, { value: '2016-01' }))).toBe('conflicts');
  });

  it('lets an open interval agree with anything before its end, and conflict after it', () => {
    expect(verdict(compareDates({ value: '../2017-03-02' }, { value: '2016-07' }))).toBe('agrees');
    expect(verdict(compareDates({ value: '../2017-03-02' }, { value: '2017-03-02' }))).toBe(
      'agrees',
    );
    expect(verdict(compareDates({ value: '../2017-03-02' }, { value: '2017-03-03' }))).toBe(
      'conflicts',
    );
    expect(verdict(compareDates({ value: '2017-03-01/..' }, { value: '2016' }))).toBe('conflicts');
  });

  it('widens an approximate date by one unit of its precision', () => {
    expect(dateInterval({ value: '2016-09', approximate: true })).toEqual({
      precision: 'month',
      start: '2016-08-01',
      end: '2016-10-31',
    });
    expect(dateInterval({ value: '2016', approximate: true })).toEqual({
      precision: 'year',
      start: '2015-01-01',
      end: '2017-12-31',
    });
    expect(dateInterval({ value: '2016-09-08', approximate: true })).toEqual({
      precision: 'day',
      start: '2016-09-07',
      end: '2016-09-09',
    });
    expect(
      verdict(compareDates({ value: '2016-09', approximate: true }, { value: '2016-08-30' })),
    ).toBe('agrees');
    expect(verdict(compareDates({ value: '2016-09' }, { value: '2016-08-30' }))).toBe('conflicts');
  });

  it('cannot compare a value that is not a date', () => {
    expect(verdict(compareDates({ value: 'last summer' }, { value: '2016-07' }))).toBe(
      'cannot-compare',
    );
  });
});

describe('readCount and compareCounts: small, documented rules', () => {
  it('reads digits, number words, once/twice/thrice and "N times"', () => {
    expect(readCount('26')).toMatchObject({ min: 26, max: 26 });
    expect(readCount('twenty')).toMatchObject({ min: 20, max: 20 });
    expect(readCount('Twice')).toMatchObject({ min: 2, max: 2, reading: 'exactly 2' });
    expect(readCount('thrice')).toMatchObject({ min: 3, max: 3 });
    expect(readCount('two times')).toMatchObject({ min: 2, max: 2 });
    expect(readCount('3 times')).toMatchObject({ min: 3, max: 3 });
  });

  it('reads over, more than, at least and about', () => {
    expect(readCount('over 25')).toMatchObject({ min: 26, max: Infinity, reading: '26 or more' });
    expect(readCount('more than five')).toMatchObject({ min: 6, max: Infinity });
    expect(readCount('at least 3')).toMatchObject({ min: 3, max: Infinity });
    expect(readCount('about 30')).toMatchObject({ min: 27, max: 33 });
    expect(readCount('about two')).toMatchObject({ min: 1, max: 3 });
  });

  it('takes no count as one occurrence', () => {
    expect(readCount(null)).toMatchObject({
      min: 1,
      max: 1,
      reading: 'exactly 1 (no count given)',
    });
    expect(readCount(undefined)).toMatchObject({ min: 1, max: 1 });
  });

  it('does not read what it does not know', () => {
    for (const words of ['several', 'a dozen', 'dozens', 'over many', 'twenty-one', 'nearly 5'])
      expect(readCount(words).understood, words).toBe(false);
  });

  it('"twice" conflicts with an implied single meeting; "over 25" and "26" agree', () => {
    expect(compareCounts('twice', null)).toEqual({
      verdict: 'conflicts',
      reason: '"twice" (exactly 2) and exactly 1 (no count given) cannot both be true',
    });
    expect(verdict(compareCounts('over 25', '26'))).toBe('agrees');
    expect(verdict(compareCounts('over 25', '25'))).toBe('conflicts');
    expect(verdict(compareCounts('about 30', '28'))).toBe('agrees');
    expect(verdict(compareCounts('two', 'twice'))).toBe('agrees');
  });

  it('never lets an unknown word agree or conflict silently', () => {
    expect(compareCounts('several', 'twice')).toEqual({
      verdict: 'cannot-compare',
      reason: '"several" (not a count the rules read) and "twice" (exactly 2)',
    });
  });
});

describe('compareTexts: places, descriptions, names', () => {
  it('ignores case, accents, punctuation, spacing and a leading article', () => {
    expect(normaliseText('The Russian  envoy.')).toBe('russian envoy');
    expect(normaliseText('Café “Léon”')).toBe('cafe leon');
    expect(verdict(compareTexts('Russian ambassador.', 'russian ambassador'))).toBe('agrees');
  });

  it('reports other wording as differing, never as a conflict', () => {
    expect(compareTexts('an office', 'his Senate office')).toEqual({
      verdict: 'differs',
      reason: '"an office" and "his Senate office" are worded differently',
    });
  });
});

describe('compareParticipants', () => {
  const sessions = { id: 'person:jeff-sessions', name: 'Jeff Sessions' };
  const kislyak = { id: 'person:sergey-kislyak', name: 'Sergey Kislyak' };
  it('agrees on the same people, and names who is in one version only', () => {
    expect(
      verdict(
        compareParticipants(
          { label: 'a', participants: [sessions, kislyak] },
          { label: 'b', participants: [kislyak, sessions] },
        ),
      ),
    ).toBe('agrees');
    expect(
      compareParticipants(
        { label: 'a', participants: [sessions, kislyak] },
        { label: 'b', participants: [sessions] },
      ),
    ).toEqual({ verdict: 'differs', reason: "Sergey Kislyak in a's version, not in b's" });
  });
});

describe('compareStances', () => {
  it('opposes denying to asserting or defending, and nothing else', () => {
    expect(verdict(compareStances('denies', 'asserts'))).toBe('conflicts');
    expect(verdict(compareStances('defends', 'denies'))).toBe('conflicts');
    expect(verdict(compareStances('denies', 'hedges'))).toBe('agrees');
    expect(verdict(compareStances('asserts', 'defends'))).toBe('agrees');
  });
});

describe('strongest', () => {
  it('orders conflicts > cannot-compare > differs > agrees', () => {
    expect(strongest('differs', 'conflicts')).toBe('conflicts');
    expect(strongest('cannot-compare', 'differs')).toBe('cannot-compare');
    expect(strongest('agrees', 'differs')).toBe('differs');
  });
});
