import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetFile, validateDataset, type Problem } from '../../../src/dataset/index.js';
import { PROJECT_ROOT } from '../../../src/paths.js';
import { minimalDataset, validateData } from '../../support/dataset.js';

type Data = Record<string, Record<string, unknown>[]>;

/** The minimal fixture with a source it cites (a tweet we hold no text of), then `edit`. */
async function problemsOf(edit: (data: Data) => void): Promise<Problem[]> {
  const data = minimalDataset() as Data;
  data.sources!.push({
    id: 'source:tweet',
    title: 'A tweet the report cites',
    kind: 'tweet',
    citedBy: 'source:fixture',
  });
  edit(data);
  const result = await validateData(data);
  if (!Array.isArray(result)) throw new Error('expected problems, the dataset passed');
  return result;
}

const tweet = (d: Data) => d.sources![1]!;

describe('validation of sources citing sources', () => {
  it('accepts the citations fixture: a report quoting an outlet that cites a third', async () => {
    const file = join(PROJECT_ROOT, 'tests/fixtures/datasets/citations/citations.yaml');
    const parsed = await parseDatasetFile(file);
    if (Array.isArray(parsed)) throw new Error(JSON.stringify(parsed));
    const valid = await validateDataset(parsed);
    if (Array.isArray(valid)) throw new Error(JSON.stringify(valid));
    // Every quote, the cited sources' own included, is anchored in the one text we hold.
    expect(new Set([...valid.anchors.values()].map((a) => a.source))).toEqual(
      new Set(['source:test-gazette-2017-05-04']),
    );
  });

  it('refuses two sources that cite each other, at the second citation', async () => {
    const problems = await problemsOf((d) => {
      tweet(d).cites = ['source:fixture'];
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.sources[1].cites[0]',
        message: expect.stringMatching(
          /^source:tweet cites source:fixture, which cites it back \(at \$\.sources\[1\]\.citedBy\): a citation goes one way/,
        ),
      }),
    ]);
  });

  it('refuses a source that cites itself', async () => {
    const problems = await problemsOf((d) => {
      tweet(d).citedBy = 'source:tweet';
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.sources[1].citedBy',
        message: 'source:tweet cannot cite itself',
      }),
    ]);
  });

  it('names the citing report when a quote is asked of a cited source without a text', async () => {
    const problems = await problemsOf((d) => {
      tweet(d).evidence = [{ quote: 'Acme was not involved', source: 'source:tweet' }];
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.sources[1].evidence[0].source',
        message:
          'source:tweet has no text file to quote from; source:tweet is known only as cited: quote the text of source:fixture, which cites it ("source: source:fixture")',
      }),
    ]);
  });

  it('with several documents, says which one a cited source and its statements must quote', async () => {
    const problems = await problemsOf((d) => {
      // A second document, cited by the first, which cites the tweet: the nearest text wins.
      d.sources!.push({
        id: 'source:other',
        title: 'Another report',
        kind: 'news-report',
        file: 'fixture.txt',
        citedBy: 'source:fixture',
      });
      tweet(d).citedBy = 'source:other';
      tweet(d).evidence = [{ quote: 'Acme was not involved' }];
      d.statements!.push({
        id: 'statement:tweet-says',
        speaker: 'source:tweet',
        medium: 'tweet',
        textKind: 'paraphrase',
        text: 'Acme was not involved.',
        evidence: [{ quote: 'Acme was not involved' }],
      });
    });
    const hint =
      '; source:tweet is known only as cited: quote the text of source:other, which cites it ("source: source:other")';
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: '$.sources[1].evidence[0]',
        message: `evidence needs a "source": this dataset has more than one source document${hint}`,
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: '$.statements[2].evidence[0]',
        message: `evidence needs a "source": this dataset has more than one source document${hint}`,
      }),
    );
    // Evidence of a person says nothing of citations.
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: '$.people[0].evidence[0]',
        message: 'evidence needs a "source": this dataset has more than one source document',
      }),
    );
  });
});
