import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExternalReference } from '../../../src/dataset/index.js';
import { TestimonyError } from '../../../src/errors.js';
import {
  datasetInvalid,
  nearestIds,
  searchedText,
  unknownProblem,
  unresolvedInRun,
  wrongKindProblem,
} from '../../../src/loader/references.js';
import { bundledDatasets, checkDatasets, prepareDatasets } from '../../../src/loader/seed.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

const OTHER_DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'datasets', 'other-reports');
const OTHER = join(OTHER_DIR, 'other-reports.yaml');
const quiet = { warn: () => {} };

const ref = (id: string, label: ExternalReference['label'], line = 3): ExternalReference => ({
  id,
  label,
  file: '/d/a.yaml',
  path: '$.statements[0].about[0].ref',
  line,
  column: 14,
});

/** The fixture with one edit, beside its source text, in a fresh folder. */
function otherReportsWith(edit: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-refs-'));
  copyFileSync(
    join(OTHER_DIR, 'fixture-wire-2017-03-02.txt'),
    join(dir, 'fixture-wire-2017-03-02.txt'),
  );
  const yaml = readFileSync(OTHER, 'utf8');
  const edited = edit(yaml);
  if (edited === yaml) throw new Error('the edit changed nothing: fix the test');
  writeFileSync(join(dir, 'other-reports.yaml'), edited);
  return join(dir, 'other-reports.yaml');
}

describe('references across the files of one run', () => {
  it('leaves for the graph only what no file of the run defines', () => {
    const a = {
      defined: new Set(['statement:a']),
      external: [ref('statement:b', 'Statement'), ref('event:nowhere', 'Event')],
    };
    const b = { defined: new Set(['statement:b']), external: [ref('statement:a', 'Statement')] };
    expect(unresolvedInRun([a, b])).toEqual([[ref('event:nowhere', 'Event')], []]);
  });

  it('the second-report fixture alone leaves its 4 references to the bundled dataset', async () => {
    const run = await checkDatasets([OTHER], quiet);
    expect(run.problems).toEqual([]);
    expect(run.unresolved.map((r) => r.id)).toEqual([
      'event:meeting-sessions-kislyak-2016-07',
      'event:meeting-sessions-kislyak-2016-09-08',
      'event:meeting-sessions-kislyak-2016-09-08',
      'statement:sessions-hearing-answer',
    ]);
    expect(run.graphs[0]?.external).toEqual(run.unresolved);
  });

  it('with the bundled dataset in the same run, every reference resolves in the files (in either order)', async () => {
    for (const files of [
      [...bundledDatasets(), OTHER],
      [OTHER, ...bundledDatasets()],
    ]) {
      const graphs = await prepareDatasets(files, quiet);
      expect(graphs.map((g) => g.external)).toEqual([[], []]);
    }
  });

  it('a file with problems is refused without a database, with the references not looked up yet', async () => {
    const file = otherReportsWith((y) =>
      y.replace(
        'kind: media-outlet\n    description: A made-up news agency',
        'kind: wire\n    description: A made-up news agency',
      ),
    );
    const error = await prepareDatasets([file], quiet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TestimonyError);
    const { code, message } = error as TestimonyError;
    expect(code).toBe('DATASET_INVALID');
    expect(message).toContain('1 problem(s); nothing was written');
    expect(message).toContain('$.organizations[0].kind');
    expect(message).toContain(
      'Not looked up yet: 4 reference(s) to ids that no file of this run defines',
    );
    expect(message).toMatch(
      /other-reports\.yaml:117:14: \$\.statements\[2\]\.about\[0\]\.ref: statement:sessions-hearing-answer \(a Statement\)/,
    );
  });
});

describe('nearest ids', () => {
  it('suggests the id a typo was meant to be', () => {
    expect(
      nearestIds('statement:sessions-hearing-answr', [
        'statement:sessions-hearing-answer',
        'statement:flores-answer-was-correct',
        'event:sessions-hearing-answr',
      ]),
    ).toEqual(['statement:sessions-hearing-answer']);
  });

  it('suggests nothing far away, nor ids of another kind, nor the id itself', () => {
    expect(
      nearestIds('event:meeting-sessions-kislyak-2016-07', [
        'event:fixture-sessions-kislyak-july-2016',
        'person:meeting-sessions-kislyak-2016-07',
        'event:meeting-sessions-kislyak-2016-07',
      ]),
    ).toEqual([]);
  });

  it('gives at most 3, nearest first, then in id order', () => {
    expect(
      nearestIds('person:bobby', [
        'person:bobbz',
        'person:bob',
        'person:bobb',
        'person:bobbi',
        'person:robby',
      ]),
    ).toEqual(['person:bobb', 'person:bobbi', 'person:bobbz']);
  });

  it('lets a short id be two edits off', () => {
    expect(nearestIds('person:bobby', ['person:bob'])).toEqual(['person:bob']);
    expect(nearestIds('person:nobody', ['person:bob', 'person:alice'])).toEqual([]);
  });
});

describe('problems of references', () => {
  it('names where it searched: the run by dataset, and the graph (or that it is empty)', () => {
    expect(searchedText({ run: ['a'], graph: [] })).toBe(
      'searched the files of this run (a) and the graph (empty)',
    );
    expect(searchedText({ run: ['a', 'b'], graph: ['a', 'c'] })).toBe(
      'searched the files of this run (a, b) and the graph (c)',
    );
    expect(searchedText({ run: ['a'], graph: ['a'] })).toBe(
      "searched the files of this run (a) and the graph (no dataset besides this run's)",
    );
    const many = Array.from({ length: 12 }, (_, i) => `d${String(i).padStart(2, '0')}`);
    expect(searchedText({ run: ['a'], graph: many })).toContain('d09 … and 2 more)');
  });

  it('an unknown id: where it is, where it was looked for, and what it may have meant', () => {
    const searched = { run: ['fixture-other-reports'], graph: ['sessions-recusal-2017-03-02'] };
    const typo = ref('statement:sessions-hearing-answr', 'Statement');
    expect(unknownProblem(typo, searched, ['statement:sessions-hearing-answer'])).toEqual({
      file: '/d/a.yaml',
      path: '$.statements[0].about[0].ref',
      line: 3,
      column: 14,
      message:
        'unknown reference statement:sessions-hearing-answr: no dataset defines it (searched the files of this run (fixture-other-reports) and the graph (sessions-recusal-2017-03-02)); did you mean statement:sessions-hearing-answer?',
    });
    expect(unknownProblem(typo, searched, []).message).toMatch(
      /; no id of a Statement is near it$/,
    );
    expect(unknownProblem(typo, searched, undefined).message).toMatch(/\)$/);
    expect(unknownProblem(typo, searched, [], ['fixture-other-reports']).message).toContain(
      'only fixture-other-reports held it in the graph, and this run seeds it again without it',
    );
  });

  it('a node of another kind than the reference needs', () => {
    const problem = wrongKindProblem(ref('event:x', 'Event'), {
      labels: ['Entity', 'Person'],
      datasets: ['d1'],
    });
    expect(problem.message).toBe(
      'reference event:x must be an Event, but in the graph it is a Person (defined by d1)',
    );
  });

  it('the refusal lists every problem, and cuts the not-looked-up list at 20', () => {
    const refs = Array.from({ length: 23 }, (_, i) => ref(`person:p${i}`, 'Person', i + 1));
    const error = datasetInvalid([{ file: '/d/b.yaml', path: '$', message: 'bad' }], refs);
    expect(error.code).toBe('DATASET_INVALID');
    expect(error.message).toContain('1 problem(s); nothing was written:\n  /d/b.yaml: $: bad');
    expect(error.message).toContain('Not looked up yet: 23 reference(s)');
    expect(error.message).toContain(
      '/d/a.yaml:20:14: $.statements[0].about[0].ref: person:p19 (a Person)',
    );
    expect(error.message).not.toContain('person:p20 ');
    expect(error.message).toMatch(/… and 3 more$/);
  });
});
