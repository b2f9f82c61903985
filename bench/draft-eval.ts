/**
 * `npm run eval:draft`: drafts the bundled report (seed/sessions-recusal-2017-03-02.txt) as a
 * user would (`testimony draft`, no other dataset to link to), scores the draft against the
 * curated dataset (bench/draft/score.ts), compares the NLP libraries tried on the same text, and
 * times 1,000 generated articles of 5 kB. Writes bench/results/draft-eval.md (and .json).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parse } from 'yaml';
import { draftFile } from '../src/draft/index.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { generateArticle } from './draft/corpus.js';
import { coverage, fold, scoreDraft, type Dataset, type Scores } from './draft/score.js';
import { writeResults } from './results-file.js';

const REPORT = join(PROJECT_ROOT, 'seed', 'sessions-recusal-2017-03-02.txt');
const CURATED = join(PROJECT_ROOT, 'seed', 'sessions-recusal-2017-03-02.yaml');
const PUBLISHED = '2017-03-02';
const TARGETS = { people: 0.95, quotes: 0.9, dates: 0.9, speedSeconds: 60 };

/** Drafts the bundled report in a scratch folder and scores it. */
export async function evaluateReport(): Promise<{
  scores: Scores;
  draft: Dataset;
  ms: number;
  covered: ReturnType<typeof coverage>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-draft-eval-'));
  try {
    copyFileSync(REPORT, join(dir, 'report.txt'));
    const started = performance.now();
    const result = await draftFile(join(dir, 'report.txt'), {
      published: PUBLISHED,
      out: join(dir, 'report.yaml'),
    });
    const ms = performance.now() - started;
    const draft = parse(result.yaml) as Dataset;
    const text = readFileSync(REPORT, 'utf8');
    const curated = parse(readFileSync(CURATED, 'utf8')) as Dataset;
    const loose = result.looseDates.map((d) => ({ text: d.text, value: d.value, start: d.start }));
    return {
      scores: scoreDraft(text, curated, draft, loose),
      draft,
      ms,
      covered: coverage(text, curated, draft),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each library's own person finder on the report, scored like the draft's people. */
function libraries(): {
  library: string;
  found: string[];
  recall: number;
  precision: number;
  msPerDoc: number;
}[] {
  const text = readFileSync(REPORT, 'utf8');
  const curated = parse(readFileSync(CURATED, 'utf8')) as Dataset;
  const gold = ((curated.people as { name: string; aliases?: string[] }[]) ?? []).map((p) =>
    [p.name, ...(p.aliases ?? [])].map(fold),
  );
  const score = (found: string[]) => {
    const names = found.map((n) =>
      fold(n.replace(/^(?:ambassador|senator|sen\.|mr\.|ms\.)\s+/i, '')),
    );
    const hit = gold.filter((forms) => names.some((n) => forms.includes(n))).length;
    const right = names.filter((n) => gold.some((forms) => forms.includes(n))).length;
    return { recall: hit / gold.length, precision: names.length === 0 ? 0 : right / names.length };
  };
  const time = (run: () => unknown) => {
    run();
    const t = performance.now();
    for (let i = 0; i < 10; i += 1) run();
    return (performance.now() - t) / 10;
  };
  const compromisePeople = () => [...new Set(nlp(text).people().out('array') as string[])];
  const wink = winkNLP(model);
  // wink's `its` helpers are plain functions that read an item, not methods of `its`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { detail } = wink.its;
  const winkPeople = () =>
    (
      wink.readDoc(text).entities().out(detail) as unknown as {
        value: string;
        type: string;
      }[]
    )
      .filter((e) => e.type === 'PERSON')
      .map((e) => e.value);
  return [
    {
      library: 'compromise 14 (`people()`)',
      found: compromisePeople(),
      ...score(compromisePeople()),
      msPerDoc: time(compromisePeople),
    },
    {
      library: 'wink-nlp 2 + wink-eng-lite-web-model (PERSON entities)',
      found: winkPeople(),
      ...score(winkPeople()),
      msPerDoc: time(winkPeople),
    },
  ];
}

/** 1,000 generated articles of about 5 kB, drafted one after another as `--out-dir` does. */
async function speed(count = 1000): Promise<{ count: number; bytes: number; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-draft-speed-'));
  try {
    let bytes = 0;
    const files = Array.from({ length: count }, (_, i) => {
      const text = generateArticle(i + 1);
      bytes += text.length;
      const file = join(dir, `article-${i + 1}.txt`);
      writeFileSync(file, text);
      return file;
    });
    const started = performance.now();
    for (const file of files)
      await draftFile(file, { published: PUBLISHED, out: file.replace(/\.txt$/, '.yaml') });
    return {
      count,
      bytes: Math.round(bytes / count),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

function table(
  covered: ReturnType<typeof coverage>,
  scores: Scores,
  libs: ReturnType<typeof libraries>,
  timing: Awaited<ReturnType<typeof speed>>,
  reportMs: number,
): string {
  const { people, quotes, dates, meetings } = scores;
  const lines = [
    '# testimony draft on the bundled report',
    '',
    'Generated by `npm run eval:draft` (bench/draft-eval.ts): `testimony draft seed/sessions-recusal-2017-03-02.txt --published 2017-03-02`, with no other dataset to link to, scored against the curated `seed/sessions-recusal-2017-03-02.yaml` (bench/draft/score.ts).',
    '',
    '| Measure | Score | Target |',
    '| --- | --- | --- |',
    `| People recall | ${pct(people.recall)} (${people.matched} of ${people.curated}) | ≥ 95%: ${mark(people.recall >= TARGETS.people)} |`,
    `| People precision | ${pct(people.precision)} (${people.drafted} proposed) | |`,
    `| Quotes and paraphrases found | ${pct(quotes.recall)} (${quotes.found} of ${quotes.curated}) | |`,
    `| … with the right speaker | ${pct(quotes.speakerAccuracy)} (${quotes.rightSpeaker} of ${quotes.curated}) | ≥ 90%: ${mark(quotes.speakerAccuracy >= TARGETS.quotes)} |`,
    `| Dates: right value and precision | ${pct(dates.accuracy)} (${dates.rightValue} of ${dates.curated}; ${dates.carriedRight} carried by a proposed item, the others listed by --explain) | ≥ 90%: ${mark(dates.accuracy >= TARGETS.dates)} |`,
    `| Sessions–Kislyak meetings proposed | ${meetings.filter((m) => m.ok).length} of ${meetings.length} | both: ${mark(meetings.every((m) => m.ok))} |`,
    `| Speed: ${timing.count} articles of ${(timing.bytes / 1000).toFixed(1)} kB | ${timing.seconds.toFixed(1)} s | < 60 s: ${mark(timing.seconds < TARGETS.speedSeconds)} |`,
    '',
    `The report itself drafts in ${reportMs.toFixed(0)} ms (the first draft of the process, loading wink's model included). The speed run drafts generated articles (bench/draft/corpus.ts) one after another, each read, drafted, validated as the seed would and written, on one core.`,
    '',
    '## What is scored',
    '',
    '- **People**: a proposed person matches a curated one when they share a name or alias (any case, accents ignored). Placeholders for unidentified speakers are not counted as proposals of people.',
    "- **Quotes**: the curated statements that someone other than the report says (the report's own narration, spoken by its source, is not a quote). A statement is found when a proposed statement's evidence overlaps its evidence by at least half the shorter span; its speaker is right when the proposed speaker is the curated one (matched by name, or for an unnamed group by its words).",
    '- **Dates**: every curated date whose words are in the text and name a time (a month, weekday, year, clock time, or a relative time such as "last year"); right when a date the draft resolved over the same words has the same value and precision, whether a proposed item carries it or `--explain` lists it.',
    '- **Meetings**: a proposed event with both people as participants and the curated date.',
    '',
    '## Dates',
    '',
    '| Words | Curated | Drafted | Precision | Right | Carried by an item |',
    '| --- | --- | --- | --- | --- | --- |',
    ...dates.rows.map(
      (r) =>
        `| ${r.text} | ${r.curated} | ${r.drafted} | ${r.precision} | ${r.ok ? 'yes' : 'no'} | ${r.carried ? 'yes' : 'no (--explain)'} |`,
    ),
    '',
    ...(dates.unscored.length > 0
      ? [
          `Not scored: curated dates whose words name no time, dated by the curator from other facts: ${dates.unscored.map((t) => `"${t}"`).join(', ')}.`,
          '',
        ]
      : []),
    '## Meetings',
    '',
    '| Curated | Date | Proposed |',
    '| --- | --- | --- |',
    ...meetings.map((m) => `| ${m.curated} | ${m.date} | ${m.drafted ?? '**not proposed**'} |`),
    '',
    '## Misses',
    '',
    ...(people.missed.length > 0 ? [`- People not proposed: ${people.missed.join(', ')}`] : []),
    ...(people.extra.length > 0
      ? [`- People proposed that the curator did not record: ${people.extra.join(', ')}`]
      : []),
    ...quotes.misses.map((m) => `- ${m.id}: ${m.why}`),
    ...dates.rows
      .filter((r) => !r.ok)
      .map((r) => `- Date "${r.text}": ${r.drafted} instead of ${r.curated}`),
    ...(people.missed.length +
      people.extra.length +
      quotes.misses.length +
      dates.rows.filter((r) => !r.ok).length ===
    0
      ? ['- None on this report.']
      : []),
    '',
    '## Beyond the scored measures',
    '',
    "What the curator recorded that the draft has a counterpart for (a shared name, or overlapping evidence). The draft proposes what is said and by whom, who met whom, and who is named; the report's own narration as statements, events that are not meetings (hearings, conventions, news conferences), matters and recusals are left to the curator.",
    '',
    '| Kind | Curated | With a counterpart | Without (examples) |',
    '| --- | --- | --- | --- |',
    ...covered.map(
      (c) =>
        `| ${c.collection} | ${c.curated} | ${c.matched} | ${c.missing.slice(0, 4).join(', ')}${c.missing.length > 4 ? ', …' : ''} |`,
    ),
    '',
    '## NLP libraries tried on the report',
    '',
    "Each library's own person finder, scored like the draft's people:",
    '',
    '| Library | People found | Recall | Precision | ms per run |',
    '| --- | --- | --- | --- | --- |',
    ...libs.map(
      (l) =>
        `| ${l.library} | ${l.found.join(', ') || '(none)'} | ${pct(l.recall)} | ${pct(l.precision)} | ${l.msPerDoc.toFixed(1)} |`,
    ),
    `| testimony draft (wink-nlp tokens and tags, compromise's lexicon, our rules) | ${people.drafted} | ${pct(people.recall)} | ${pct(people.precision)} | see above |`,
    '',
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { scores, ms, covered } = await evaluateReport();
  const libs = libraries();
  const timing = await speed(Number(process.env.DRAFT_EVAL_ARTICLES ?? 1000));
  await writeResults(
    'draft-eval',
    { scores, coverage: covered, libraries: libs, speed: timing, reportMs: ms },
    table(covered, scores, libs, timing, ms),
  );
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
