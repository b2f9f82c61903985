import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import type * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// stat answers for another file when `swap.to` is set: as if the path were swapped after the check.
const swap = vi.hoisted(() => ({ to: undefined as string | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return { ...actual, stat: (path: string) => actual.stat(swap.to ?? path) };
});
const { readRegularText } = await import('../../../src/dataset/read-text.js');

describe('readRegularText: the file opened is the file checked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-read-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'Alice met Bob.');
  writeFileSync(join(dir, 'b.txt'), 'Bob met Carol.');

  it('reads the file when nothing changed', async () => {
    swap.to = undefined;
    expect(await readRegularText(file)).toEqual({ text: 'Alice met Bob.' });
  });

  it('still reads through a link named by the caller (only a link found at the open is refused)', async () => {
    swap.to = undefined;
    symlinkSync(file, join(dir, 'link.txt'));
    expect(await readRegularText(join(dir, 'link.txt'))).toEqual({ text: 'Alice met Bob.' });
  });

  it('refuses when the opened file is not the one stat checked (another inode)', async () => {
    swap.to = join(dir, 'b.txt');
    expect(await readRegularText(file)).toEqual({
      refused: expect.stringMatching(/changed while being read/),
    });
  });
});
