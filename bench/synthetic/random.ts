import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of choices: the same seed gives the same dataset, run after run. */
export class Random {
  private readonly rng;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** An integer in [from, to]. */
  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }

  /** A float in [0, 1). */
  float(): number {
    return uniformFloat64(this.rng);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Picks by weight: `weighted([[2, 0.4], [3, 0.6]])` gives 2 four times in ten. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let left = this.float() * choices.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of choices) {
      left -= weight;
      if (left < 0) return value;
    }
    return (choices.at(-1) as readonly [T, number])[0];
  }

  /**
   * An index in [0, n) skewed towards 0, as degrees are in news: with skew 2.5 the first 1% of
   * indexes get about 16% of the picks and the first 10% about 40%, so a few people are hubs.
   */
  skewedIndex(n: number, skew = 2.5): number {
    return Math.min(n - 1, Math.floor(n * this.float() ** skew));
  }
}
