import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph } from '../support/graph.js';
import { seedBundled, testCoordinates, testDriver } from '../support/neo4j.js';
import { baseEnv, neo4jEnv, runCli } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const REPORT = join(ROOT, 'seed', 'sessions-recusal-2017-03-02.txt');
const PAGE = join(ROOT, 'tests', 'fixtures', 'draft', 'article.html');

/** `testimony draft` as a user runs it: a text, a saved page, review, seed, re-draft, bad input. */
describe('testimony draft', () => {
  const driver = testDriver();
  const coordinates = testCoordinates();
  const env = neo4jEnv(coordinates);
  let dir: string;
  const at = (...parts: string[]) => join(dir, ...parts);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'testimony-draft-e2e-'));
    copyFileSync(REPORT, at('report.txt'));
    await clearGraph(driver, coordinates.database);
    await seedBundled(driver);
  });
  afterAll(async () => {
    await clearGraph(driver, coordinates.database);
    await seedBundled(driver);
    await driver.close();
  });

  it('drafts the bundled report: the draft validates, and the seed refuses its pending items by name', async () => {
    const run = await runCli(
      ['draft', at('report.txt'), '--published', '2017-03-02', '--out', at('report.yaml')],
      baseEnv(),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Drafted ${at('report.txt')} -> ${at('report.yaml')}`);
    const valid = await runCli(['validate', '--accept-pending', at('report.yaml')], baseEnv());
    expect(valid.code, valid.stderr).toBe(0);
    const refused = await runCli(['validate', at('report.yaml')], baseEnv());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[DATASET_INVALID]');
    expect(refused.stderr).toMatch(
      /report\.yaml:\d+:\d+: \$\.people\[\d\]\.review: person:sergey-kislyak is still pending review/,
    );
    expect(refused.stderr).toMatch(
      /\$\.statements\[\d\]\.review: statement:report-flores-there-was-absolutely/,
    );
    const seed = await runCli(['seed', '--dry-run', at('report.yaml')], env);
    expect(seed.code).toBe(1);
    expect(seed.stderr).toContain('is still pending review');
  });

  it('a new user goes from an article to a seeded, reviewed dataset (the README commands)', async () => {
    const work = at('readme');
    mkdirSync(join(work, 'drafts'), { recursive: true });
    copyFileSync(REPORT, join(work, 'article.txt'));
    const cwd = { ...baseEnv() };
    // 1. Draft it, with each proposal explained.
    const drafted = await runCli(
      [
        'draft',
        join(work, 'article.txt'),
        '--published',
        '2017-03-02',
        '--dataset',
        'my-first-draft',
        '--out',
        join(work, 'drafts', 'article.yaml'),
        '--explain',
      ],
      cwd,
    );
    expect(drafted.code, drafted.stderr).toBe(0);
    expect(drafted.stdout).toContain(
      'why:  a quote attributed by "Sessions spokesperson Sarah Isgur Flores said"',
    );
    expect(drafted.stdout).toContain(
      'from: “There was absolutely nothing misleading about his answer,”',
    );
    // 2. Review: the curator accepts every item (here all at once; item by item in an editor).
    const file = join(work, 'drafts', 'article.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replaceAll('review: pending', 'review: accepted'),
    );
    // 3. Check it, 4. seed it.
    const checked = await runCli(['validate', file], cwd);
    expect(checked.code, checked.stderr).toBe(0);
    const seeded = await runCli(['seed', file], env);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stderr).toContain('Seeded my-first-draft');
    const session = driver.session({ database: coordinates.database });
    try {
      const result = await session.run(
        "MATCH (:Person {id: 'person:sarah-isgur-flores'})-[:MADE]->(s:Statement {id: 'statement:my-first-draft-flores-there-was-absolutely-nothing-misleading-about'}) RETURN s.saidAt AS saidAt",
      );
      expect(result.records[0]?.get('saidAt')).toBe('2017-03-01');
    } finally {
      await session.close();
    }
    const removed = await runCli(['seed', '--remove', 'my-first-draft'], env);
    expect(removed.code, removed.stderr).toBe(0);
  });

  it('drafts a saved HTML page: its article text beside the draft, its date and outlet from the page', async () => {
    // The folder does not exist yet: the draft makes it.
    const run = await runCli(['draft', PAGE, '--out', at('page', 'page.yaml')], baseEnv());
    expect(run.code, run.stderr).toBe(0);
    const yaml = readFileSync(at('page', 'page.yaml'), 'utf8');
    expect(readFileSync(at('page', 'page.txt'), 'utf8')).toMatch(
      /^Senator Alma Reyes met Ambassador Viktor Ostrov/,
    );
    expect(yaml).toContain("value: '2017-03-03'");
    expect(yaml).toContain('publisher: org:fixture-wire');
    expect(yaml).toContain('title: Envoy met senator twice, ledger says');
    expect(yaml).toContain('kind: news-report\n    publisher: org:morning-ledger');
    const valid = await runCli(
      ['validate', '--accept-pending', at('page', 'page.yaml')],
      baseEnv(),
    );
    expect(valid.code, valid.stderr).toBe(0);
  });

  it('--graph links names to the entities already in the graph, with the alias this text uses', async () => {
    writeFileSync(
      at('graph.txt'),
      'Sergei Kislyak, the former ambassador, said on Tuesday that he had met many senators in 2016. Kislyak declined to name them, and said that every meeting was routine.\n',
    );
    const run = await runCli(
      ['draft', at('graph.txt'), '--published', '2017-03-09', '--graph', '--out', at('graph.yaml')],
      env,
    );
    expect(run.code, run.stderr).toBe(0);
    const yaml = readFileSync(at('graph.yaml'), 'utf8');
    expect(yaml).toMatch(
      /- id: person:sergey-kislyak\n\s+review: pending\n\s+name: Sergey Kislyak\n/,
    );
    expect(yaml).toMatch(/aliases:\n\s+- Sergei Kislyak\n\s+- Kislyak\n/);
  });

  it('drafts several articles with --out-dir; a bad one is named, the others drafted, exit 1', async () => {
    copyFileSync(REPORT, at('one.txt'));
    copyFileSync(REPORT, at('two.txt'));
    writeFileSync(at('empty.txt'), '');
    const run = await runCli(
      [
        'draft',
        at('one.txt'),
        at('empty.txt'),
        at('two.txt'),
        '--published',
        '2017-03-02',
        '--out-dir',
        at('batch'),
      ],
      baseEnv(),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`[DRAFT_INPUT] ${at('empty.txt')}: the file is empty`);
    expect(run.stderr).toContain('Drafted 2 of 3 article(s)');
    expect(existsSync(at('batch', 'one.yaml'))).toBe(true);
    expect(existsSync(at('batch', 'two.yaml'))).toBe(true);
    expect(existsSync(at('batch', 'empty.yaml'))).toBe(false);
  });

  describe('bad input: a clear error naming the file, its exit code, and no draft written', () => {
    const cases: [string, () => string, string[], number, RegExp][] = [
      [
        'a missing file',
        () => at('missing.txt'),
        ['--published', '2017-03-02'],
        1,
        /missing\.txt: no such file/,
      ],
      [
        'an unsupported type',
        () => write('doc.pdf', '%PDF-1.4'),
        ['--published', '2017-03-02'],
        1,
        /doc\.pdf: unsupported file type "\.pdf"/,
      ],
      [
        'a bad --published',
        () => at('report.txt'),
        ['--published', '2017-02-30'],
        2,
        /"2017-02-30" 2017-02-30 does not exist/,
      ],
      [
        'an empty file',
        () => write('empty2.txt', ''),
        ['--published', '2017-03-02'],
        1,
        /empty2\.txt: the file is empty/,
      ],
      [
        'a binary file',
        () => write('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08])),
        ['--published', '2017-03-02'],
        1,
        /binary\.txt: a binary file/,
      ],
      [
        'an HTML page with no article',
        () =>
          write(
            'nav.html',
            '<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>',
          ),
        [],
        1,
        /nav\.html: no article found in the page/,
      ],
      [
        'a 5 MB text',
        () => write('huge.txt', 'The senator spoke. '.repeat((5 * 1024 * 1024) / 19)),
        ['--published', '2017-03-02'],
        1,
        /huge\.txt: 5\.0 MB is too large for one article/,
      ],
      [
        'text in another language',
        () =>
          write(
            'french.txt',
            'Le ministre a déclaré mercredi que les négociations avec les syndicats reprendraient la semaine prochaine, malgré les grèves qui paralysent les transports depuis dix jours dans plusieurs grandes villes du pays.\n',
          ),
        ['--published', '2017-03-02'],
        1,
        /french\.txt: not English .* other languages are unsupported/,
      ],
      [
        'an article without a publication date',
        () => at('report.txt'),
        [],
        2,
        /report\.txt: no publication date: .* the draft never guesses today/,
      ],
    ];
    const write = (name: string, content: string | Buffer) => {
      writeFileSync(at('bad', name), content);
      return at('bad', name);
    };

    it.each(cases)('%s', async (_name, file, extra, code, message) => {
      mkdirSync(at('bad'), { recursive: true });
      const out = at('bad', 'out.yaml');
      const run = await runCli(['draft', file(), ...extra, '--out', out], baseEnv());
      expect(run.code, run.stderr).toBe(code);
      expect(run.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(at('bad', 'out.txt'))).toBe(false);
    });
  });
});
