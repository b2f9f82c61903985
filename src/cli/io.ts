/** Where a command writes: answers to stdout, messages to stderr. Injectable so tests run commands in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream;
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

/**
 * Resolves when the signal aborts (Ctrl-C, SIGTERM): what "run until stopped" waits on.
 * Signal listeners do not keep Node's event loop alive, so a ref'd timer does: without it a
 * process with nothing else pending (NEO4J_URI, no child server) would simply exit.
 */
export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  const keepAlive = setInterval(() => {}, 1 << 30);
  return new Promise((resolve) =>
    signal.addEventListener(
      'abort',
      () => {
        clearInterval(keepAlive);
        resolve();
      },
      { once: true },
    ),
  );
}
