import cliProgress from 'cli-progress';

/** One step's bar: rows written so far out of the step's total. */
export interface StepProgress {
  advance(rows: number): void;
  stop(): void;
}

/** Where the loader shows how far its long steps are; none when the user cannot see a bar. */
export interface LoadProgress {
  step(label: string, total: number): StepProgress;
}

/** Steps shorter than this many rows get no bar: they finish before one would be read. */
const MIN_ROWS_FOR_BAR = 20_000;

const NO_STEP: StepProgress = { advance() {}, stop() {} };

/**
 * Progress bars on a terminal stream (stderr): per step, rows written of the step's total, the
 * rate and the time left. The caller decides whether the user sees them (a TTY, no --quiet):
 * off a TTY a bar would fill CI logs with carriage returns.
 */
export function progressBars(stream: NodeJS.WriteStream): LoadProgress {
  return {
    step(label, total) {
      if (total < MIN_ROWS_FOR_BAR) return NO_STEP;
      const bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${label} [{bar}] {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}`,
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 20,
          fps: 5,
        },
        cliProgress.Presets.shades_classic,
      );
      const started = Date.now();
      let done = 0;
      bar.start(total, 0, { rate: 0 });
      return {
        advance(rows) {
          done += rows;
          const seconds = Math.max((Date.now() - started) / 1000, 0.001);
          bar.update(done, { rate: Math.round(done / seconds) });
        },
        stop() {
          bar.stop();
        },
      };
    },
  };
}
