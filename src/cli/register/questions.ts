import { Option, type Command } from 'commander';
import { EVENT_KINDS } from '../../dataset/index.js';
import type { ConflictKind, StanceValue } from '../../domain/index.js';
import { loadEnv } from '../../config/index.js';
import type {
  ContradictionsOptions,
  Format,
  MeetingsOptions,
  PathOptions,
  StatementsOptions,
  TimelineOptions,
  ViewOptions,
} from '../commands/questions.js';
import type { PageOptions } from '../commands/lists.js';
import type { CliIo } from '../io.js';
import {
  claimsOptions,
  commaList,
  conflictKinds,
  dateWindowOptions,
  formatOption,
  positiveInt,
  speakerKindOption,
  stanceOption,
  viewOptions,
} from '../options.js';

const env = () => loadEnv();
// Each command's code is loaded when it runs, not when the program is built: a question loads
// only what it needs (the schema, the driver), never the server, the loader or the NLP models.
const questions = () => import('../commands/questions.js');
const records = () => import('../commands/records.js');
const conflicts = () => import('../commands/conflicts.js');
const lists = () => import('../commands/lists.js');

/** The questions a person asks of the graph, each answered through the API's operations. */
export function registerQuestionCommands(program: Command, io: CliIo): void {
  registerPath(program, io);
  registerTimelineAndMeetings(program, io);
  registerStatementQuestions(program, io);
  registerLookups(program, io);
  registerLists(program, io);
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
    .action(async (from: string, to: string, o: PathOptions) =>
      (await questions()).pathCommand(env(), io, from, to, o),
    );
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
    .action(async (entity: string, o: TimelineOptions) =>
      (await questions()).timelineCommand(env(), io, entity, o),
    );

  const meetings = program
    .command('meetings')
    .description('The meetings a person took part in, with dates, participants and evidence.')
    .argument('<person>', 'a name, alias or id')
    .option('--with <person>', 'only meetings with this person too');
  withView(withClaims(withWindow(meetings, 'meetings')))
    .addOption(formatOption('table', 'json', 'mermaid', 'dot'))
    .action(async (person: string, o: MeetingsOptions) =>
      (await questions()).meetingsCommand(env(), io, person, o),
    );
}

function registerStatementQuestions(program: Command, io: CliIo): void {
  const statements = program
    .command('statements')
    .description(
      'What a person said, or what was said at an event (--at), or (with neither) what anyone said: when, how, and with which stance about what.',
    )
    .argument('[person]', 'only this speaker (a name, alias or id)')
    .option('--at <event>', 'only what was said at this event (a name or id)')
    .addOption(stanceOption())
    .addOption(speakerKindOption('statements'));
  withView(withWindow(statements, 'statements'))
    .addOption(formatOption('table', 'json'))
    .action(async (person: string | undefined, o: StatementsOptions & { stance?: StanceValue }) =>
      (await questions()).statementsCommand(env(), io, person, o),
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
    .action(async (person: string | undefined, o: ContradictionsOptions) =>
      (await questions()).contradictionsCommand(env(), io, person, o),
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
      async (
        person: string | undefined,
        o: { kind?: ConflictKind[]; first: number; format: Format },
      ) => (await conflicts()).conflictsCommand(env(), io, person, o),
    );

  const recusals = program
    .command('recusals')
    .description(
      'Recusals: who recused from what, when, the scope in their own words, and evidence.',
    )
    .argument('[person]', 'only this person (a name, alias or id)');
  withView(recusals)
    .addOption(formatOption('table', 'json'))
    .action(async (person: string | undefined, o: ViewOptions & { format: Format }) =>
      (await records()).recusalsCommand(env(), io, person, o),
    );

  const roles = program
    .command('roles')
    .description('The positions a person held: title, where or for whom, when, and evidence.')
    .argument('<person>', 'a name, alias or id');
  withView(roles)
    .addOption(formatOption('table', 'json'))
    .action(async (person: string, o: ViewOptions & { format: Format }) =>
      (await records()).rolesCommand(env(), io, person, o),
    );

  const people = program
    .command('people')
    .description('Every person in the graph, by name: aliases, id and description.')
    .option('--name <part>', 'only people whose name or alias contains this (any case)');
  withView(people)
    .addOption(formatOption('table', 'json'))
    .action(async (o: ViewOptions & { name?: string; format: Format }) =>
      (await records()).peopleCommand(env(), io, o),
    );

  const whoSpeaksFor = program
    .command('who-speaks-for')
    .description('Who spoke for a person, when, and in which statements.')
    .argument('<person>', 'a name, alias or id');
  withView(whoSpeaksFor)
    .addOption(formatOption('table', 'json'))
    .action(async (person: string, o: ViewOptions & { format: Format }) =>
      (await questions()).whoSpeaksForCommand(env(), io, person, o),
    );
}

/** The list commands' --first and --after (the API's paging). */
function withPaging(command: Command): Command {
  return command
    .option('--first <n>', 'how many, 1 to 100', positiveInt(100), 20)
    .option('--after <cursor>', "continue after this cursor (a page's endCursor)");
}

function registerLists(program: Command, io: CliIo): void {
  const organizations = program
    .command('organizations')
    .description('Organizations (committees, campaigns, departments, outlets), by name.')
    .option('--name <text>', 'only those whose name or an alias contains this text (any case)')
    .addOption(
      new Option('--kind <kind>', 'only this kind').choices([
        'committee',
        'think-tank',
        'campaign',
        'department',
        'media-outlet',
        'organization',
      ]),
    );
  withView(withPaging(organizations))
    .addOption(formatOption('table', 'json'))
    .action(async (o: PageOptions & { name?: string; kind?: string }) =>
      (await lists()).organizationsCommand(env(), io, o),
    );

  const events = program
    .command('events')
    .description(
      'Events of every kind (meetings, hearings, news conferences, …) in time order, claims marked.',
    )
    .option('--name <text>', 'only those whose name contains this text (any case)')
    .addOption(new Option('--kind <kind>', 'only this kind').choices([...EVENT_KINDS]));
  withView(withPaging(events))
    .addOption(formatOption('table', 'json'))
    .action(async (o: PageOptions & { name?: string; kind?: string }) =>
      (await lists()).eventsCommand(env(), io, o),
    );

  const demands = program
    .command('demands')
    .description(
      'Who called for what of whom (resign, recuse from what), with the statement and evidence.',
    )
    .argument('[person]', 'only demands of this person (a name, alias or id)')
    .option('--by <who>', 'only demands by this person, group or organization (a name or id)')
    .addOption(new Option('--action <action>', 'only this action').choices(['resign', 'recuse']));
  withView(withPaging(demands))
    .addOption(formatOption('table', 'json'))
    .action(async (person: string | undefined, o: PageOptions & { by?: string; action?: string }) =>
      (await lists()).demandsCommand(env(), io, person, o),
    );

  const countries = program
    .command('countries')
    .description(
      "The countries whose ambassadors a group is, in the source's order, each marked when only someone's claim.",
    )
    .argument('<group>', 'a group: a name or id (e.g. group:foreign-ambassadors-2016)');
  withView(countries)
    .addOption(formatOption('table', 'json'))
    .action(async (group: string, o: ViewOptions & { format: Format }) =>
      (await lists()).countriesCommand(env(), io, group, o),
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
    .action(async (text: string, o: ViewOptions & { format: Format }) =>
      (await questions()).searchCommand(env(), io, text, o),
    );

  program
    .command('sources')
    .description(
      'The sources the graph quotes: kind, publisher, date, and which sources cite which.',
    )
    .addOption(formatOption('table', 'json'))
    .action(async (o: { format: Format }) => (await questions()).sourcesCommand(env(), io, o));

  program
    .command('stats')
    .description('How much the graph holds, per label and relationship type.')
    .addOption(formatOption('table', 'json'))
    .action(async (o: { format: Format }) => (await questions()).statsCommand(env(), io, o));
}
