import { pino, type Logger } from 'pino';

/**
 * Diagnostics, namespaced by stage (`provision`, `schema`, …), as JSON lines on stderr.
 * Quiet by default (LOG_LEVEL=warn); LOG_LEVEL=debug shows, for example, each provisioning
 * strategy that was rejected and why. Messages meant for the user go through a Reporter.
 */
const root: Logger = pino(
  { level: process.env.LOG_LEVEL ?? 'warn', base: undefined },
  pino.destination({ fd: 2, sync: true }),
);

export function logger(stage: string): Logger {
  return root.child({ stage });
}

/** What a long-running command tells its user: plain lines, and a progress line that rewrites itself on a TTY. */
export interface Reporter {
  info(message: string): void;
  progress(message: string): void;
}

export function streamReporter(stream: NodeJS.WriteStream = process.stderr): Reporter {
  let lastProgressAt = 0;
  let progressShown = false; // a TTY progress line without its newline yet
  return {
    info(message) {
      stream.write(`${progressShown ? '\r\x1b[2K' : ''}${message}\n`);
      progressShown = false;
    },
    progress(message) {
      if (stream.isTTY) {
        stream.write(`\r\x1b[2K${message}`);
        progressShown = true;
        return;
      }
      // Off a TTY (CI logs) a progress line every few seconds is enough.
      const now = Date.now();
      if (now - lastProgressAt < 3000) return;
      lastProgressAt = now;
      stream.write(`${message}\n`);
    },
  };
}

export const silentReporter: Reporter = { info() {}, progress() {} };
