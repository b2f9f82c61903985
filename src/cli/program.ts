import { Command } from 'commander';
import type { CliIo } from './io.js';
import { registerDataCommands } from './register/data.js';
import { registerDraftCommand } from './register/draft.js';
import { registerLifecycleCommands } from './register/lifecycle.js';
import { registerQuestionCommands } from './register/questions.js';

/** The `testimony` command line. Commands throw; only index.ts turns errors into exit codes. */
export function buildProgram(io: CliIo, signal: AbortSignal): Command {
  const program = new Command('testimony')
    .description('Testimony: a knowledge graph of people, meetings and statements, with evidence.')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError()
    .exitOverride();
  // Help lists the commands in this order.
  registerLifecycleCommands(program, io, signal);
  registerQuestionCommands(program, io);
  registerDataCommands(program, io);
  registerDraftCommand(program, io);
  return program;
}
