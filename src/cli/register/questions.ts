import type { Command } from 'commander';
import type { StanceValue } from '../../domain/index.js';
import { loadEnv } from '../../config/index.js';
import {
  contradictionsCommand,
  meetingsCommand,
  pathCommand,
  searchCommand,
  sourcesCommand,
  statementsCommand,
  statsCommand,
  timelineCommand,
  whoSpeaksForCommand,
  type Format,
  type MeetingsOptions,
  type PathOptions,
  type StatementsOptions,
  type ContradictionsOptions,
  type TimelineOptions,
  type ViewOptions,
} from '../commands/questions.js';
import { conflictKinds, conflictsCommand } from '../commands/conflicts.js';
import { recusalsCommand, rolesCommand } from '../commands/records.js';
import type { ConflictKind } from '../../domain/index.js';
import type { CliIo } from '../io.js';
import {
  claimsOptions,
  commaList,
  dateWindowOptions,
  formatOption,
  positiveInt,
  speakerKindOption,
  stanceOption,
  viewOptions,
} from '../options.js';

const env = () => loadEnv();

/** The questions a person asks of the graph, each answered through the API's operations. */
export function registerQuestionCommands(program: Command, io: CliIo): void {
  registerPath(program, io);
  registerTimelineAndMeetings(program, io);
  registerStatementQuestions(program, io);
  registerLookups(program, io);
}

function registerPath(program: Command, io: CliIo): void {
  const path = program
    .command('path')
    .description(
      "The shortest path between two people (or all shortest paths), with each step's relationship, date and evidence.",
    )
    .argument('<from>', 'a name, alias or id')
    .argument('<to>', 'a name, alias or id')
    .option('--max-hops <n>', 'the longest path to consider, 1 to 10', positiveInt(10), 4)
    .option(
      '--via <types>',
      'only these relationship types, comma-separated (e.g. SPOKE_FOR,MET_WITH)',
      commaList,
    )
    .option('--all', 'all shortest paths, not just one');
  withView(withClaims(path))
    .addOption(formatOption('table', 'json', 'mermaid', 'dot'))
    .action((from: string, to: string, o: PathOptions) => pathCommand(env(), io, from, to, o));
}

/** Adds --claims and --recorded-only (claims are included, and marked, by default). */
function withClaims(command: Command): Command {
  for (const option of claimsOptions()) command.addOption(option);
  return command;
}

/** Adds --from, --to and --overlapping (certainly within the window by default). */
function withWindow(command: Command, what: string): Command {
  for (const option of dateWindowOptions(what)) command.addOption(option);
  return command;
}

/** Adds --wide and --offsets. */
function withView(command: Command): Command {
  for (const option of viewOptions()) command.addOption(option);
  return command;
}

function registerTimelineAndMeetings(program: Command, io: CliIo): void {
  const timeline = program
    .command('timeline')
    .description(
      'What a person took part in or said, in time order (a month sorts as its middle; an interval open at its start by its end, before that day).',
    )
    .argument('<entity>', 'a name, alias or id');
  withView(withClaims(withWindow(timeline, 'entries')))
    .addOption(formatOption('table', 'json', 'mermaid', 'dot'))
    .action((entity: string, o: TimelineOptions) => timelineCommand(env(), io, entity, o));

  const meetings = program
    .command('meetings')
    .description('The meetings a person took part in, with dates, participants and evidence.')
    .argument('<person>', 'a name, alias or id')
    .option('--with <person>', 'only meetings with this person too');
  withView(withClaims(withWindow(meetings, 'meetings')))
    .addOption(formatOption('table', 'json', 'mermaid', 'dot'))
    .action((person: string, o: MeetingsOptions) => meetingsCommand(env(), io, person, o));
}

function registerStatementQuestions(program: Command, io: CliIo): void {
  const statements = program
    .command('statements')
    .description('What a person said: when, how, and with which stance about what.')
    .argument('<person>', 'a name, alias or id')
    .addOption(stanceOption())
    .addOption(speakerKindOption('statements'));
  withView(withWindow(statements, 'statements'))
    .addOption(formatOption('table', 'json'))
    .action((person: string, o: StatementsOptions & { stance?: StanceValue }) =>
      statementsCommand(env(), io, person, o),
    );

  const contradictions = program
    .command('contradictions')
    .description(
      'Statements that deny what the graph records, beside the records, their evidence, and the defences.',
    )
    .argument('[person]', 'only this speaker (a name, alias or id)')
    .addOption(speakerKindOption('defences and qualifications'));
  withView(contradictions)
    .addOption(formatOption('table', 'json'))
    .action((person: string | undefined, o: ContradictionsOptions) =>
      contradictionsCommand(env(), io, person, o),
    );

  program
    .command('conflicts')
    .description(
      'Where sources disagree: dates, counts, participants and places of one meeting, descriptions of one person, words attributed to one speaker; each side with its dataset, source, publisher and evidence.',
    )
    .argument('[person]', 'only what concerns this person (a name, alias or id)')
    .option(
      '--kind <kinds>',
      'only these kinds, comma-separated: event-date, count, participants, place, attributed-words, name, kind, description',
      conflictKinds,
    )
    .option('--first <n>', 'how many, 1 to 100 (strongest first)', positiveInt(100), 20)
    .addOption(formatOption('table', 'json'))
    .action(
      (person: string | undefined, o: { kind?: ConflictKind[]; first: number; format: Format }) =>
        conflictsCommand(env(), io, person, o),
    );

  const recusals = program
    .command('recusals')
    .description(
      'Recusals: who recused from what, when, the scope in their own words, and evidence.',
    )
    .argument('[person]', 'only this person (a name, alias or id)');
  withView(recusals)
    .addOption(formatOption('table', 'json'))
    .action((person: string | undefined, o: ViewOptions & { format: Format }) =>
      recusalsCommand(env(), io, person, o),
    );

  const roles = program
    .command('roles')
    .description('The positions a person held: title, where or for whom, when, and evidence.')
    .argument('<person>', 'a name, alias or id');
  withView(roles)
    .addOption(formatOption('table', 'json'))
    .action((person: string, o: ViewOptions & { format: Format }) =>
      rolesCommand(env(), io, person, o),
    );

  const whoSpeaksFor = program
    .command('who-speaks-for')
    .description('Who spoke for a person, when, and in which statements.')
    .argument('<person>', 'a name, alias or id');
  withView(whoSpeaksFor)
    .addOption(formatOption('table', 'json'))
    .action((person: string, o: ViewOptions & { format: Format }) =>
      whoSpeaksForCommand(env(), io, person, o),
    );
}

function registerLookups(program: Command, io: CliIo): void {
  const search = program
    .command('search')
    .description(
      'Full-text search (English stemming) over names, aliases, titles, descriptions, statements and evidence quotes; one hit per node, ranked by the field that matched.',
    )
    .argument('<text>', 'words to look for (plain text)');
  withView(search)
    .addOption(formatOption('table', 'json'))
    .action((text: string, o: ViewOptions & { format: Format }) =>
      searchCommand(env(), io, text, o),
    );

  program
    .command('sources')
    .description(
      'The sources the graph quotes: kind, publisher, date, and which sources cite which.',
    )
    .addOption(formatOption('table', 'json'))
    .action((o: { format: Format }) => sourcesCommand(env(), io, o));

  program
    .command('stats')
    .description('How much the graph holds, per label and relationship type.')
    .addOption(formatOption('table', 'json'))
    .action((o: { format: Format }) => statsCommand(env(), io, o));
}
