import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../bench/lib/stats.js';

/** The one percentile every bench report uses: nearest rank (a sample that was measured). */
describe('percentile (nearest rank)', () => {
  const samples = [15, 20, 35, 40, 50];

  it('takes the sample at rank ceil(n * p / 100), whatever the input order', () => {
    expect(percentile([50, 15, 40, 20, 35], 30)).toBe(20);
    expect(percentile(samples, 40)).toBe(20);
    expect(percentile(samples, 50)).toBe(35);
    expect(percentile(samples, 100)).toBe(50);
    expect(percentile(samples, 0)).toBe(15);
  });

  it('never interpolates: p99 of 1..100 is 99, of 10 samples their maximum', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred.slice(0, 10), 99)).toBe(10);
  });

  it('is NaN for no samples, and the median is p50', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(median([4, 1, 3, 2])).toBe(2);
  });
});
