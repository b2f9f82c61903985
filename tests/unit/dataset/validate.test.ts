import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset, parseDatasetFile, validateDataset } from '../../../src/dataset/index.js';
import { PROJECT_ROOT } from '../../../src/paths.js';
import type { Problem } from '../../../src/dataset/problems.js';
import { minimalDataset, validateData } from '../../support/dataset.js';

type Data = Record<string, Record<string, unknown>[]>;

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'datasets');
const OTHER_REPORTS = join(FIXTURES, 'other-reports', 'other-reports.yaml');

/** The fixture, broken by `edit`, validated: its problems (fails the test if it is valid). */
async function problemsOf(edit: (data: Data) => void): Promise<Problem[]> {
  const data = minimalDataset() as Data;
  edit(data);
  const result = await validateData(data);
  if (!Array.isArray(result)) throw new Error('expected problems, the dataset passed');
  return result;
}

const people = (d: Data) => d.people as Record<string, unknown>[];
const sources = (d: Data) => d.sources as Record<string, unknown>[];
const events = (d: Data) => d.events as { participants: unknown[] }[];

describe('validateDataset', () => {
  it('accepts the minimal fixture and anchors every evidence quote', async () => {
    const valid = await validateData(minimalDataset());
    if (Array.isArray(valid)) throw new Error(JSON.stringify(valid));
    expect(valid.dataset.people.map((p) => p.id)).toEqual([
      'person:alice',
      'person:bob',
      'person:carol',
    ]);
    // 3 people, 1 organization, 1 event, 2 statements: one quote each.
    expect(valid.anchors.size).toBe(7);
  });

  it('reports a schema problem at the field, with its line', async () => {
    const problems = await problemsOf((d) => {
      people(d)[1]!.name = 42;
    });
    expect(problems).toEqual([
      expect.objectContaining({ path: '$.people[1].name', line: expect.any(Number) }),
    ]);
  });

  it('refuses unknown fields', async () => {
    const problems = await problemsOf((d) => {
      people(d)[0]!.nickname = 'Al';
    });
    expect(problems[0]?.path).toBe('$.people[0]');
    expect(problems[0]?.message).toMatch(/nickname/);
  });

  it('reports a duplicate id where it is repeated, naming the first', async () => {
    const problems = await problemsOf((d) => {
      people(d)[2]!.id = 'person:alice';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: '$.people[2].id',
        message: 'duplicate id person:alice (first defined at $.people[0])',
      }),
    );
  });

  it('returns a reference to an id the file does not define as external, not as a problem', async () => {
    const data = minimalDataset() as Data;
    (events(data)[0]!.participants[1] as { ref: string }).ref = 'person:nobody';
    const valid = await validateData(data);
    if (Array.isArray(valid)) throw new Error(JSON.stringify(valid));
    expect(valid.external).toEqual([
      expect.objectContaining({
        id: 'person:nobody',
        label: 'Person',
        path: '$.events[0].participants[1].ref',
        line: expect.any(Number),
        column: expect.any(Number),
      }),
    ]);
  });

  it('locates an external reference in a JSON file that starts with a byte-order mark', async () => {
    const data = minimalDataset() as Data;
    (events(data)[0]!.participants[1] as { ref: string }).ref = 'person:nobody';
    const json = JSON.stringify(data, null, 2);
    const dir = mkdtempSync(join(tmpdir(), 'testimony-bom-'));
    const fixtureText = join(PROJECT_ROOT, 'tests', 'fixtures', 'datasets', 'fixture.txt');
    writeFileSync(join(dir, 'fixture.txt'), readFileSync(fixtureText));
    const file = join(dir, 'dataset.json');
    writeFileSync(file, `\ufeff${json}`);
    const parsed = await parseDatasetFile(file);
    if (Array.isArray(parsed)) throw new Error(JSON.stringify(parsed));
    // Where the bad value starts in the text without the mark, 1-based.
    const at = json.indexOf('"person:nobody"');
    const line = json.slice(0, at).split('\n').length;
    const column = at - json.lastIndexOf('\n', at - 1);
    expect((await checkDataset(parsed)).external).toEqual([
      expect.objectContaining({ path: '$.events[0].participants[1].ref', line, column }),
    ]);
  });

  it('returns the external references and defined ids of a file that has problems too', async () => {
    const data = minimalDataset() as Data;
    (events(data)[0]!.participants[1] as { ref: string }).ref = 'person:nobody';
    people(data)[2]!.name = 42; // Carol's entry fails the schema, but still defines her id
    const dir = mkdtempSync(join(tmpdir(), 'testimony-checked-'));
    copyFileSync(join(FIXTURES, 'fixture.txt'), join(dir, 'fixture.txt'));
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(data, null, 2));
    const parsed = await parseDatasetFile(join(dir, 'dataset.json'));
    if (Array.isArray(parsed)) throw new Error(JSON.stringify(parsed));
    const checked = await checkDataset(parsed);
    expect(checked.valid).toBeUndefined();
    expect(checked.problems.map((p) => p.path)).toEqual(['$.people[2].name']);
    // Carol's statement refers to her entry of the wrong shape: neither unknown nor external.
    expect(checked.external.map((r) => [r.id, r.path])).toEqual([
      ['person:nobody', '$.events[0].participants[1].ref'],
    ]);
    expect(checked.defined).toEqual(
      new Set([
        'source:fixture',
        'person:alice',
        'person:bob',
        'person:carol',
        'org:acme',
        'event:office-meeting',
        'statement:alice-denies',
        'statement:carol-for-alice',
      ]),
    );
  });

  it("takes the second-report fixture's references to the bundled dataset as external", async () => {
    const parsed = await parseDatasetFile(OTHER_REPORTS);
    if (Array.isArray(parsed)) throw new Error(JSON.stringify(parsed));
    const valid = await validateDataset(parsed);
    if (Array.isArray(valid)) throw new Error(JSON.stringify(valid));
    expect(valid.external.map((r) => [r.id, r.label, r.path])).toEqual([
      ['event:meeting-sessions-kislyak-2016-07', 'Event', '$.events[0].sameAs[0]'],
      ['event:meeting-sessions-kislyak-2016-09-08', 'Event', '$.events[1].sameAs[0]'],
      ['event:meeting-sessions-kislyak-2016-09-08', 'Event', '$.statements[1].about[0].ref'],
      ['statement:sessions-hearing-answer', 'Statement', '$.statements[2].about[0].ref'],
    ]);
    expect(valid.external.every((r) => r.file === OTHER_REPORTS && r.line !== undefined)).toBe(
      true,
    );
  });

  it.each(['.env', '.neo4j/instances/default/neo4j-password', 'sub/.hidden/x.txt'])(
    'refuses the hidden source file %s at its file, line and path',
    async (name) => {
      const dir = mkdtempSync(join(tmpdir(), 'testimony-hidden-'));
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), 'NEO4J_PASSWORD=hunter2\n');
      const data = minimalDataset() as Data;
      sources(data)[0]!.file = name;
      const file = join(dir, 'dataset.json');
      writeFileSync(file, JSON.stringify(data, null, 2));
      const parsed = await parseDatasetFile(file);
      if (Array.isArray(parsed)) throw new Error(JSON.stringify(parsed));
      const problems = await validateDataset(parsed);
      expect(problems).toContainEqual(
        expect.objectContaining({
          file,
          path: '$.sources[0].file',
          line: expect.any(Number),
          message: expect.stringMatching(/hidden file or folder .*never read as a source/),
        }),
      );
      expect(JSON.stringify(problems)).not.toContain('hunter2');
    },
  );

  it('refuses a meeting of fewer than two people', async () => {
    const problems = await problemsOf((d) => {
      events(d)[0]!.participants.pop();
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: '$.events[0].participants',
        message: 'a meeting needs at least two participants, found 1',
      }),
    );
  });

  it('refuses a statement on behalf of someone by a speaker who is not a person', async () => {
    const problems = await problemsOf((d) => {
      (d.statements as Record<string, unknown>[])[1]!.speaker = 'org:acme';
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.statements[1].speaker',
        message: expect.stringContaining('needs a person as speaker'),
      }),
    ]);
  });

  it('reports a quote that is not in the source text', async () => {
    const problems = await problemsOf((d) => {
      people(d)[0]!.evidence = [{ quote: 'words nobody wrote' }];
    });
    expect(problems).toEqual([expect.objectContaining({ path: '$.people[0].evidence[0].quote' })]);
  });

  it('reports a missing source file once, at the source', async () => {
    const problems = await problemsOf((d) => {
      sources(d)[0]!.file = 'missing.txt';
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.sources[0].file',
        message: expect.stringMatching(/^source file not found: .*missing\.txt/),
      }),
    ]);
  });

  it('asks for a "source" on evidence when there are two source documents', async () => {
    const problems = await problemsOf((d) => {
      sources(d).push({
        id: 'source:other',
        title: 'Other',
        kind: 'news-report',
        file: 'fixture.txt',
      });
    });
    expect(problems.length).toBe(7);
    expect(new Set(problems.map((p) => p.message))).toEqual(
      new Set(['evidence needs a "source": this dataset has more than one source document']),
    );
  });

  it('refuses evidence from a source that has no text file', async () => {
    const problems = await problemsOf((d) => {
      sources(d).push({ id: 'source:web', title: 'Web', kind: 'news-report' });
      people(d)[0]!.evidence = [{ quote: 'Alice', source: 'source:web' }];
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.people[0].evidence[0].source',
        message: 'source:web has no text file to quote from',
      }),
    ]);
  });

  it('reports every problem at once, not just the first', async () => {
    const problems = await problemsOf((d) => {
      people(d)[2]!.id = 'person:alice';
      events(d)[0]!.participants.pop();
      people(d)[1]!.evidence = [{ quote: 'not in the text' }];
    });
    expect(problems.map((p) => p.path).sort()).toEqual(
      ['$.events[0].participants', '$.people[1].evidence[0].quote', '$.people[2].id'].sort(),
    );
  });

  it('refuses evidence that quotes a source the dataset does not have', async () => {
    const problems = await problemsOf((d) => {
      people(d)[0]!.evidence = [{ quote: 'Alice', source: 'source:elsewhere' }];
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.people[0].evidence[0].source',
        message: expect.stringContaining('source:elsewhere is not a source of this dataset'),
      }),
    ]);
  });
});
