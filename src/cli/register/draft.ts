import { InvalidArgumentError, type Command } from 'commander';
import { loadEnv } from '../../config/index.js';
import { dayProblem } from '../../domain/index.js';
import type { DraftOptions } from '../commands/draft.js';
import type { CliIo } from '../io.js';
import { collect } from '../options.js';

/** `testimony draft`: a dataset proposed from news articles, for a curator to review. */
export function registerDraftCommand(program: Command, io: CliIo): void {
  program
    .command('draft')
    .description(
      'Propose a dataset from news articles (plain text or saved HTML pages): people, organisations and countries, quotes and who said them, dates, meetings and cited sources, each with its evidence and marked "review: pending" for a curator.',
    )
    .argument('<articles...>', 'article files (.txt, or .html pages)')
    .option(
      '--published <date>',
      'publication date YYYY-MM-DD (relative dates are resolved against it)',
      (v: string) => {
        const problem = dayProblem(v);
        if (problem) throw new InvalidArgumentError(`"${v}" ${problem}.`);
        return v;
      },
    )
    .option('--title <title>', "the article's headline")
    .option(
      '--outlet <name>',
      "the outlet that published it (an organisation, the source's publisher)",
    )
    .option('--dataset <name>', "the dataset's name (default: the article file's name)")
    .option('--out <file>', 'the draft dataset file to write (default: stdout)')
    .option(
      '--out-dir <dir>',
      'a folder for the drafts of several articles, one <article>.yaml each',
    )
    .option('--explain', 'print each proposal with the rule and the sentence it came from')
    .option(
      '--link <dataset>',
      'a dataset file whose people, organisations and countries to link to (repeatable)',
      collect,
      [] as string[],
    )
    .option('--graph', 'also link to the entities already in the graph (needs a running Neo4j)')
    .action(async (articles: string[], options: DraftOptions) => {
      // Loaded on use: the NLP models take a while to load, and no other command needs them.
      const { draftCommand } = await import('../commands/draft.js');
      await draftCommand(loadEnv(), io, articles, options);
    });
}
