import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../support/graph.js';
import { testCoordinates, testDriver, seedBundled } from '../support/neo4j.js';
import { runCli, neo4jEnv } from '../support/cli.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'datasets');
const MINIMAL = readFileSync(join(FIXTURES, 'minimal.yaml'), 'utf8');
const TEXT = readFileSync(join(FIXTURES, 'fixture.txt'), 'utf8');
// The line of `file: fixture.txt` in minimal.yaml: every source refusal is reported there.
const FILE_LINE = MINIMAL.split('\n').findIndex((line) => line.includes('file: fixture.txt')) + 1;

/** A fresh folder with the fixture dataset in `data/`, its source `file:` replaced by `file`. */
function datasetNaming(file: string, prepare: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-hostile-'));
  mkdirSync(join(dir, 'data'));
  prepare(dir);
  const dataset = join(dir, 'data', 'dataset.yaml');
  writeFileSync(dataset, MINIMAL.replace('file: fixture.txt', `file: '${file}'`));
  return dataset;
}

interface Case {
  name: string;
  file: string;
  prepare?: (dir: string) => void;
  message: RegExp;
}

const HOSTILE_SOURCES: Case[] = [
  { name: 'an absolute path (/etc/passwd)', file: '/etc/passwd', message: /outside the folders/ },
  {
    name: 'a ../ traversal',
    file: '../secret.txt',
    prepare: (dir) => writeFileSync(join(dir, 'secret.txt'), TEXT),
    message: /outside the folders/,
  },
  {
    name: 'a symlink out of the folder',
    file: 'link.txt',
    prepare: (dir) => {
      writeFileSync(join(dir, 'secret.txt'), TEXT);
      symlinkSync(join(dir, 'secret.txt'), join(dir, 'data', 'link.txt'));
    },
    message: /resolves to .*secret\.txt\) is outside/,
  },
  { name: '/proc/self/environ', file: '/proc/self/environ', message: /outside the folders/ },
  {
    name: 'a FIFO (without hanging)',
    file: 'pipe.txt',
    prepare: (dir) => execFileSync('mkfifo', [join(dir, 'data', 'pipe.txt')]),
    message: /named pipe \(FIFO\), not a regular file/,
  },
  {
    name: 'a directory',
    file: 'folder',
    prepare: (dir) => mkdirSync(join(dir, 'data', 'folder')),
    message: /it is a directory, not a regular file/,
  },
  {
    name: '/dev/zero (through a link in the folder)',
    file: 'zero.txt',
    prepare: (dir) => symlinkSync('/dev/zero', join(dir, 'data', 'zero.txt')),
    message: /outside the folders/,
  },
  {
    name: 'a Latin-1 file',
    file: 'latin1.txt',
    prepare: (dir) =>
      writeFileSync(join(dir, 'data', 'latin1.txt'), Buffer.from(`${TEXT} Caf\xe9.`, 'latin1')),
    message: /it is not UTF-8.*iconv -f latin1 -t utf-8/,
  },
  {
    name: 'a file over the default 10 MB limit',
    file: 'big.txt',
    prepare: (dir) => writeFileSync(join(dir, 'data', 'big.txt'), TEXT.padEnd(10.5 * 2 ** 20)),
    message: /it is 10\.5 MB, over the limit of 10\.0 MB/,
  },
];

describe('seed refuses hostile input: every problem with file, line and path, the graph unchanged', () => {
  const driver = testDriver();
  const coordinates = testCoordinates();
  const env = neo4jEnv(coordinates);

  beforeAll(async () => seedBundled(driver));
  afterAll(() => driver.close());

  /** Seeds `file` through the CLI, expecting a refusal; checks the graph did not change. */
  async function refused(file: string, extraEnv: Record<string, string> = {}) {
    const before = await graphChecksum(driver, coordinates.database);
    const run = await runCli(['seed', file], { ...env, ...extraEnv });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('[DATASET_INVALID]');
    expect(run.stderr).not.toMatch(/Internal error|\n\s+at /);
    expect(await graphChecksum(driver, coordinates.database)).toEqual(before);
    return run.stderr;
  }

  it.each(HOSTILE_SOURCES)('a source that is $name', async ({ file, prepare, message }) => {
    const dataset = datasetNaming(file, prepare);
    const stderr = await refused(dataset);
    expect(stderr).toContain(`${dataset}:${FILE_LINE}:`);
    const line = stderr.split('\n').find((l) => l.includes(`: $.sources[0].file: `)) ?? '';
    expect(line, stderr).toMatch(message);
    // Nothing of the refused file reaches the user (the environ file holds the password).
    expect(stderr).not.toContain(env.NEO4J_PASSWORD ?? 'no password set');
  });

  it('a 10,000-character name is refused by validation, at its line', async () => {
    const dataset = datasetNaming('fixture.txt', (dir) =>
      copyFileSync(join(FIXTURES, 'fixture.txt'), join(dir, 'data', 'fixture.txt')),
    );
    writeFileSync(
      dataset,
      readFileSync(dataset, 'utf8').replace('name: Bob Example', `name: ${'B'.repeat(10_000)}`),
    );
    const stderr = await refused(dataset);
    expect(stderr).toMatch(
      new RegExp(`${dataset}:\\d+:\\d+: \\$\\.people\\[1\\]\\.name: at most 500 characters`),
    );
  });

  it('a name with a zero-width space is refused', async () => {
    const dataset = datasetNaming('fixture.txt', (dir) =>
      copyFileSync(join(FIXTURES, 'fixture.txt'), join(dir, 'data', 'fixture.txt')),
    );
    writeFileSync(
      dataset,
      readFileSync(dataset, 'utf8').replace('name: Bob Example', 'name: "Bob\\u200B Example"'),
    );
    expect(await refused(dataset)).toMatch(
      /\$\.people\[1\]\.name: contains the invisible character U\+200B/,
    );
  });

  it('a YAML alias bomb is a DATASET_INVALID problem of the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testimony-hostile-'));
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) {
      const previous = String.fromCharCode('a'.charCodeAt(0) + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const dataset = join(dir, 'bomb.yaml');
    writeFileSync(dataset, `${levels.join('\n')}\n`);
    expect(await refused(dataset)).toContain(`${dataset}: $: too many YAML alias expansions`);
  });

  it('a .json file with a syntax error is reported as JSON, with line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testimony-hostile-'));
    const dataset = join(dir, 'bad.json');
    writeFileSync(dataset, '{\n  "dataset": "x",\n  "sources": nope\n}\n');
    expect(await refused(dataset)).toMatch(new RegExp(`${dataset}:3:\\d+: \\$: JSON syntax error`));
  });

  it('a source under TESTIMONY_SOURCES_ROOT is read; a BOM does not shift offsets', async () => {
    const root = mkdtempSync(join(tmpdir(), 'testimony-root-'));
    writeFileSync(join(root, 'report.txt'), `\uFEFF${TEXT}`);
    const start = TEXT.indexOf('Acme');
    const dataset = datasetNaming(join(root, 'report.txt'));
    const text = readFileSync(dataset, 'utf8').replace(
      "quote: 'Acme' }",
      `quote: 'Acme', start: ${start} }`,
    );
    writeFileSync(dataset, text);
    await refused(dataset);
    const run = await runCli(['seed', '--dry-run', dataset], {
      ...env,
      TESTIMONY_SOURCES_ROOT: root,
    });
    expect(run.code, run.stderr).toBe(0);
  });

  it('names that look alike are a warning, not a failure', async () => {
    const dataset = datasetNaming('fixture.txt', (dir) =>
      copyFileSync(join(FIXTURES, 'fixture.txt'), join(dir, 'data', 'fixture.txt')),
    );
    writeFileSync(
      dataset,
      readFileSync(dataset, 'utf8').replace('name: Bob Example', 'name: "ALICE\\u00A0Example"'),
    );
    const run = await runCli(['seed', '--dry-run', dataset], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /Warning: names that look alike but differ: "Alice Example" \(person:alice.*person:bob/,
    );
  });
});
