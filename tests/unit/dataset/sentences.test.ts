import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../src/dataset/compile.js';
import { sentenceAround, sentenceStarts } from '../../../src/dataset/sentences.js';
import { PROJECT_ROOT } from '../../../src/paths.js';
import { minimalDataset, validateData } from '../../support/dataset.js';

const REPORT = readFileSync(join(PROJECT_ROOT, 'seed', 'sessions-recusal-2017-03-02.txt'), 'utf8');

/** The sentence around the first occurrence of a quote in a text. */
function around(text: string, quote: string) {
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return sentenceAround(text, sentenceStarts(text), start, start + quote.length);
}

describe('the sentence around a quote (src/dataset/sentences.ts)', () => {
  it("gives the sentence of Flores' list for a country's word in it", () => {
    const sentence = around(REPORT, 'British');
    expect(sentence.text).toBe(
      '“Last year, the senator had over 25 conversations with foreign ambassadors as a senior member of the Armed Services Committee, including the British, Korean, Japanese, Polish, Indian, Chinese, Canadian, Australian, German and Russian ambassadors.',
    );
    expect(REPORT.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('does not end a sentence at "p.m." or "Sen." before a space; a line break always ends one', () => {
    const text =
      'It began at 4 p.m. EST, as Sen. Smith said. Then it ended.\nHeadline without stop\nNext.';
    expect(around(text, 'EST').text).toBe('It began at 4 p.m. EST, as Sen. Smith said.');
    expect(around(text, 'ended').text).toBe('Then it ended.');
    expect(around(text, 'Headline').text).toBe('Headline without stop');
    expect(around(REPORT, '4 p.m.').text).toMatch(
      /^The news conference began shortly after 4 p\.m\. EST, as a growing number of lawmakers .* Senate Armed Services Committee\.$/,
    );
  });

  it('a quote over two sentences gets both; a quote at the very start or end of the text works', () => {
    const text = 'One two. Three four. Five six.';
    expect(around(text, 'two. Three').text).toBe('One two. Three four.');
    expect(around(text, 'One').text).toBe('One two.');
    expect(around(text, 'six.').text).toBe('Five six.');
    expect(sentenceAround('', sentenceStarts(''), 0, 0)).toEqual({ text: '', start: 0, end: 0 });
  });

  it('the compiled evidence rows carry the sentence, at its offsets in the source', async () => {
    const valid = await validateData(minimalDataset());
    if (Array.isArray(valid)) throw new Error(JSON.stringify(valid));
    const text = valid.texts.get('source:fixture') ?? '';
    const rows = compileDataset(valid);
    const span = rows.evidence.find((e) => e.quote === 'Alice Example met');
    expect(span?.sentence).toBe('On 8 September 2016 Alice Example met Bob Example in an office.');
    expect(text.slice(span?.sentenceStart, span?.sentenceEnd)).toBe(span?.sentence);
  });
});

describe("a group's countries in the dataset (groups[].represents)", () => {
  /** The minimal fixture with a group of Acme's ambassadors and a country. */
  function withGroup(represents: unknown[]) {
    const data = minimalDataset();
    data.countries = [{ id: 'country:acmeland', name: 'Acmeland', evidence: [{ quote: 'Acme' }] }];
    data.groups = [
      {
        id: 'group:envoys',
        name: 'Envoys',
        represents,
        evidence: [{ quote: 'Carol Example' }],
      },
    ];
    return data;
  }

  it('an id, or a link with its own quote and the statement it rests on, becomes REPRESENTS', async () => {
    for (const [represents, claim] of [
      [['country:acmeland'], false],
      [
        [
          {
            ref: 'country:acmeland',
            claimedBy: 'statement:carol-for-alice',
            evidence: [{ quote: 'Acme was' }],
          },
        ],
        true,
      ],
    ] as const) {
      const valid = await validateData(withGroup([...represents]));
      if (Array.isArray(valid)) throw new Error(JSON.stringify(valid));
      const rel = compileDataset(valid).relationships.find((r) => r.type === 'REPRESENTS');
      expect(rel).toMatchObject({ from: 'group:envoys', to: 'country:acmeland' });
      expect(rel?.props.claim).toBe(claim);
      expect(rel?.props.position).toBe(0);
      if (claim) {
        expect(rel?.props.claimedBy).toEqual(['statement:carol-for-alice']);
        expect(rel?.props.evidenceQuotes).toEqual(['Acme was']);
      } else expect(rel?.props.evidenceQuotes).toEqual(['Carol Example']);
    }
  });

  it('refuses a claimedBy that is not a statement (the entry is then skipped)', async () => {
    const problems = await validateData(
      withGroup([{ ref: 'country:acmeland', claimedBy: 'person:alice' }]),
    );
    if (!Array.isArray(problems)) throw new Error('expected problems');
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['$.groups[0].represents[0].claimedBy', 'expected an id like statement:some-name'],
    ]);
  });

  it("refuses a link's quote that is not in the text, at its place", async () => {
    // (A country no dataset defines is refused by the seed, which sees the graph too.)
    const problems = await validateData(
      withGroup([{ ref: 'country:acmeland', evidence: [{ quote: 'not in the text' }] }]),
    );
    if (!Array.isArray(problems)) throw new Error('expected problems');
    expect(problems.map((p) => p.path)).toEqual(['$.groups[0].represents[0].evidence[0].quote']);
  });
});
