import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  parseDatasetFile,
  pendingReviewProblems,
  validateDataset,
} from '../../../src/dataset/index.js';
import { draftArticle, draftFile } from '../../../src/draft/index.js';
import { englishProblem } from '../../../src/draft/language.js';
import { evaluateReport } from '../../../bench/draft-eval.js';
import { generateArticle } from '../../../bench/draft/corpus.js';

const REPORT = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'seed',
  'sessions-recusal-2017-03-02.txt',
);
const folder = () => mkdtempSync(join(tmpdir(), 'testimony-draft-unit-'));

describe('review markers', () => {
  it('every pending item is a problem naming its id, line and path', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), 'Anna Marlow spoke.');
    const file = join(dir, 'a.yaml');
    writeFileSync(
      file,
      [
        'dataset: a',
        'sources:',
        '  - { id: source:a, title: A, kind: news-report, file: a.txt, review: accepted }',
        'people:',
        '  - id: person:anna-marlow',
        '    review: pending',
        '    name: Anna Marlow',
        '    evidence: [{ quote: Anna Marlow }]',
        '',
      ].join('\n'),
    );
    const parsed = await parseDatasetFile(file);
    if (Array.isArray(parsed)) throw new Error('parse failed');
    expect(await validateDataset(parsed)).not.toBeInstanceOf(Array);
    expect(await pendingReviewProblems(parsed)).toEqual([
      expect.objectContaining({
        file,
        line: 6,
        path: '$.people[0].review',
        message: expect.stringContaining('person:anna-marlow is still pending review'),
      }),
    ]);
  });
});

describe('drafting again keeps the curator’s decisions', () => {
  it('accepted items stay as edited, deleted ones are not proposed again, pending ones are refreshed', async () => {
    const dir = folder();
    const article = join(dir, 'report.txt');
    writeFileSync(article, readFileSync(REPORT, 'utf8'));
    const out = join(dir, 'report.yaml');
    const first = await draftFile(article, { published: '2017-03-02', out });
    const yaml = readFileSync(out, 'utf8');
    // The curator accepts Flores with a corrected description, and deletes Trump.
    const edited = yaml
      .replace(
        /(- id: person:sarah-isgur-flores\n\s+)review: pending\n/,
        '$1review: accepted\n    description: Spokesperson for Sessions.\n',
      )
      .replace(/ {2}- id: person:trump\n(?: {4}.*\n| {6}.*\n)+/, '');
    expect(edited).not.toBe(yaml);
    writeFileSync(out, edited);
    const again = await draftFile(article, { published: '2017-03-02', out });
    expect(again.kept).toBe(1);
    expect(again.rejected).toBe(1);
    const people = (parse(readFileSync(out, 'utf8')) as { people: Record<string, unknown>[] })
      .people;
    expect(people.find((p) => p.id === 'person:sarah-isgur-flores')).toMatchObject({
      review: 'accepted',
      description: 'Spokesperson for Sessions.',
    });
    expect(people.some((p) => p.id === 'person:trump')).toBe(false);
    // Kislyak, still pending, is proposed again.
    expect(again.yaml).toContain('id: person:sergey-kislyak');
    expect(first.counts.people).toBe(4);
    expect(again.counts.people).toBe(3);
    // A third run changes nothing.
    const third = await draftFile(article, { published: '2017-03-02', out });
    expect(third.yaml).toBe(again.yaml);
  });
});

describe('language', () => {
  it('English news prose passes; another language is refused', () => {
    expect(englishProblem(readFileSync(REPORT, 'utf8'))).toBeUndefined();
    const french =
      'Le ministre a déclaré mercredi que les négociations avec les syndicats reprendraient la semaine prochaine, malgré les grèves qui paralysent les transports depuis dix jours dans plusieurs grandes villes du pays.';
    expect(englishProblem(french)).toMatch(/not English/);
  });
});

describe('drafts validate', () => {
  it('every draft of generated articles validates under the dataset schema, quotes at their offsets', async () => {
    const dir = folder();
    for (let seed = 1; seed <= 15; seed += 1) {
      const text = generateArticle(seed, 2500);
      writeFileSync(join(dir, `a${seed}.txt`), text);
      const draft = draftArticle({
        file: `a${seed}.txt`,
        text,
        published: '2017-03-02',
        publishedFrom: 'test',
        dataset: `a${seed}`,
        sourceFile: `a${seed}.txt`,
      });
      const file = join(dir, `a${seed}.yaml`);
      const result = await validateDataset({
        file,
        data: structuredClone(draft.dataset),
        locate: (p) => Promise.resolve(p.map(() => undefined)),
      });
      expect(Array.isArray(result) ? result : []).toEqual([]);
    }
  });
});

describe('npm run eval:draft', () => {
  it('the draft of the bundled report reaches the targets', async () => {
    const { scores } = await evaluateReport();
    expect(scores.people.recall).toBeGreaterThanOrEqual(0.95);
    expect(scores.quotes.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(scores.dates.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(scores.meetings.map((m) => m.ok)).toEqual([true, true]);
  });
});
