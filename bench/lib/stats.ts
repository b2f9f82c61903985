/** Nearest-rank percentile of samples (ms). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((sorted.length * p) / 100) - 1))
  ] as number;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** Rounds for reports: 3 significant digits is what these measurements can support. */
export const round = (value: number) =>
  Number.isFinite(value) ? Number(value.toPrecision(3)) : value;

export const ratio = (value: number, baseline: number) => round(value / baseline);
