/** Where a command writes: answers to stdout, messages to stderr. Injectable so tests run commands in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream;
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

/** Resolves when the signal aborts (Ctrl-C, SIGTERM): what "run until stopped" waits on. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
