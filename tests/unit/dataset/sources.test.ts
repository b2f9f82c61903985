import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile, DEFAULT_SOURCE_POLICY } from '../../../src/dataset/sources.js';
import { sourcePolicyOf } from '../../../src/loader/seed.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

/** A dataset folder with a dataset file in it (its content does not matter to readSourceFile). */
function datasetFolder(): { dir: string; dataset: string } {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-sources-'));
  const dataset = join(dir, 'data', 'dataset.yaml');
  mkdirSync(join(dir, 'data'));
  writeFileSync(dataset, '');
  return { dir, dataset };
}

const read = (dataset: string, file: string, policy = DEFAULT_SOURCE_POLICY) =>
  readSourceFile(dataset, file, policy);

describe('readSourceFile: only regular UTF-8 files inside the allowed folders', () => {
  it('reads a file beside the dataset, and below it', async () => {
    const { dir, dataset } = datasetFolder();
    writeFileSync(join(dir, 'data', 'a.txt'), 'Alice met Bob.');
    mkdirSync(join(dir, 'data', 'texts'));
    writeFileSync(join(dir, 'data', 'texts', 'b.txt'), 'Bob met Carol.');
    expect(await read(dataset, 'a.txt')).toEqual({ text: 'Alice met Bob.' });
    expect(await read(dataset, 'texts/b.txt')).toEqual({ text: 'Bob met Carol.' });
  });

  it.each([
    ['an absolute path', '/etc/passwd', /outside the folders a dataset may read/],
    ['a ../ traversal', '../secret.txt', /outside the folders/],
    ['/proc/self/environ', '/proc/self/environ', /outside the folders/],
  ])('refuses %s', async (_, file, message) => {
    const { dir, dataset } = datasetFolder();
    writeFileSync(join(dir, 'secret.txt'), 'NEO4J_PASSWORD=hunter2');
    const result = await read(dataset, file);
    expect(result).toEqual({ refused: expect.stringMatching(message) });
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('refuses a symlink that leads out, naming where it leads', async () => {
    const { dir, dataset } = datasetFolder();
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'data', 'innocent.txt'));
    expect(await read(dataset, 'innocent.txt')).toEqual({
      refused: expect.stringMatching(/innocent\.txt \(it resolves to .*secret\.txt\) is outside/),
    });
  });

  it('refuses /proc even when the sources root would contain it', async () => {
    const { dataset } = datasetFolder();
    const result = await read(dataset, '/proc/self/environ', {
      ...DEFAULT_SOURCE_POLICY,
      root: '/',
    });
    expect(result).toEqual({ refused: expect.stringMatching(/outside the folders/) });
  });

  it('reads a file under the configured sources root', async () => {
    const { dir, dataset } = datasetFolder();
    mkdirSync(join(dir, 'library'));
    writeFileSync(join(dir, 'library', 'report.txt'), 'A report.');
    const policy = { ...DEFAULT_SOURCE_POLICY, root: join(dir, 'library') };
    expect(await read(dataset, '../library/report.txt', policy)).toEqual({ text: 'A report.' });
    expect(await read(dataset, '../library/report.txt')).toHaveProperty('refused');
  });

  it('refuses a link to a dot-file, and any file in the Neo4j home', async () => {
    const { dir, dataset } = datasetFolder();
    writeFileSync(join(dir, 'data', '.env'), 'NEO4J_PASSWORD=hunter2');
    symlinkSync(join(dir, 'data', '.env'), join(dir, 'data', 'notes.txt'));
    expect(await read(dataset, 'notes.txt')).toEqual({
      refused: expect.stringMatching(
        /notes\.txt \(it resolves to .*\.env\) is or is inside a hidden/,
      ),
    });
    mkdirSync(join(dir, 'data', 'neo4j-home'));
    writeFileSync(join(dir, 'data', 'neo4j-home', 'password'), 'hunter2');
    const policy = { ...DEFAULT_SOURCE_POLICY, forbidden: [join(dir, 'data', 'neo4j-home')] };
    expect(await read(dataset, 'neo4j-home/password', policy)).toEqual({
      refused: expect.stringMatching(/password is inside the local Neo4j's home/),
    });
  });

  it('forbids the Neo4j home that TESTIMONY_NEO4J_HOME names, from the project root', () => {
    const env = { TESTIMONY_SOURCE_MAX_MB: 1, TESTIMONY_SOURCES_ROOT: undefined };
    expect(sourcePolicyOf({ ...env, TESTIMONY_NEO4J_HOME: 'db/neo4j' }).forbidden).toEqual([
      join(PROJECT_ROOT, 'db', 'neo4j'),
    ]);
    expect(sourcePolicyOf({ ...env, TESTIMONY_NEO4J_HOME: '/srv/neo4j' }).forbidden).toEqual([
      '/srv/neo4j',
    ]);
  });

  it('reads a dataset whose own folder is under a hidden one (only the path below counts)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testimony-sources-'));
    mkdirSync(join(dir, '.config', 'data'), { recursive: true });
    writeFileSync(join(dir, '.config', 'data', 'a.txt'), 'Alice met Bob.');
    const dataset = join(dir, '.config', 'data', 'dataset.yaml');
    expect(await read(dataset, 'a.txt')).toEqual({ text: 'Alice met Bob.' });
  });

  it('refuses a FIFO without blocking on it', async () => {
    const { dir, dataset } = datasetFolder();
    execFileSync('mkfifo', [join(dir, 'data', 'pipe.txt')]);
    expect(await read(dataset, 'pipe.txt')).toEqual({
      refused: expect.stringMatching(/pipe\.txt: it is a named pipe \(FIFO\), not a regular file/),
    });
  });

  it('refuses a directory as a directory, not as "not found"', async () => {
    const { dir, dataset } = datasetFolder();
    mkdirSync(join(dir, 'data', 'folder'));
    expect(await read(dataset, 'folder')).toEqual({
      refused: expect.stringMatching(/folder: it is a directory, not a regular file/),
    });
  });

  it('refuses a device (/dev/zero) even under a root that holds it', async () => {
    const { dataset } = datasetFolder();
    const result = await read(dataset, '/dev/zero', { ...DEFAULT_SOURCE_POLICY, root: '/dev' });
    expect(result).toHaveProperty('refused');
  });

  it('refuses a file over the size limit', async () => {
    const { dir, dataset } = datasetFolder();
    writeFileSync(join(dir, 'data', 'big.txt'), 'x'.repeat(2048));
    const result = await read(dataset, 'big.txt', { maxBytes: 1024 });
    expect(result).toEqual({
      refused: expect.stringMatching(/over the limit.*TESTIMONY_SOURCE_MAX_MB/),
    });
    expect(await read(dataset, 'big.txt', { maxBytes: 2048 })).toHaveProperty('text');
  });

  it('refuses Latin-1, naming the line and how to convert it', async () => {
    const { dir, dataset } = datasetFolder();
    writeFileSync(
      join(dir, 'data', 'latin1.txt'),
      Buffer.from('line one\nJos\xe9 said\n', 'latin1'),
    );
    expect(await read(dataset, 'latin1.txt')).toEqual({
      refused: expect.stringMatching(
        /latin1\.txt: it is not UTF-8.*near line 2.*iconv -f latin1 -t utf-8/,
      ),
    });
  });

  it('refuses UTF-16, saying so', async () => {
    const { dir, dataset } = datasetFolder();
    writeFileSync(join(dir, 'data', 'utf16.txt'), Buffer.from('\ufeffJos\u00e9', 'utf16le'));
    expect(await read(dataset, 'utf16.txt')).toEqual({
      refused: expect.stringMatching(/not UTF-8 \(it starts like UTF-16\)/),
    });
  });

  it('drops a UTF-8 byte-order mark, so offsets count from the first character', async () => {
    const { dir, dataset } = datasetFolder();
    writeFileSync(join(dir, 'data', 'bom.txt'), '\ufeffJosé met Bob.');
    expect(await read(dataset, 'bom.txt')).toEqual({ text: 'José met Bob.' });
  });

  it('says a missing file is not found', async () => {
    const { dataset } = datasetFolder();
    expect(await read(dataset, 'missing.txt')).toEqual({
      refused: expect.stringMatching(/source file not found: .*missing\.txt/),
    });
  });
});
