#!/usr/bin/env node
import { CommanderError } from 'commander';
import { isTestimonyError } from '../errors.js';
import { processIo } from './io.js';
import { buildProgram } from './program.js';

/**
 * The entry point: the only place that exits. Exit codes: 0 an answer, 1 not found or failed,
 * 2 a usage or configuration error, 3 Neo4j unavailable, 130 interrupted.
 */
async function main(): Promise<number> {
  const controller = new AbortController();
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (!controller.signal.aborted) {
      firstSignalAt = Date.now();
      controller.abort();
      return;
    }
    // Wrappers (npm, tsx) relay the terminal's Ctrl-C: the same press can arrive twice at once.
    if (Date.now() - firstSignalAt < 1500) return;
    // A second Ctrl-C, pressed later: the user wants out now, whatever is still stopping.
    process.stderr.write(
      `\nSecond ${signal}: exiting without waiting (a Neo4j we started may still be running).\n`,
    );
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await buildProgram(processIo, controller.signal).parseAsync(process.argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (isTestimonyError(error)) {
      process.stderr.write(`${error.describe()}\n`);
      return error.exitCode;
    }
    process.stderr.write(
      `Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}

process.exitCode = await main();
// Ctrl-C already stopped everything we own; do not wait on stray handles (driver sockets).
process.exit();
