import { constants, type Stats } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';

/** A file's text, or why it was not read (what is wrong with it and what to do; the caller names it). */
export type TextRead = { text: string } | { refused: string };

/** What a path is when it is not a regular file: named so that "not found" never hides it. */
export function kindOf(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a regular file as UTF-8. The kind is checked with stat before opening, so a FIFO is
 * never opened (opening one blocks until a writer comes); the open itself is non-blocking and
 * does not follow a symbolic link (the path is resolved first), and the opened file must be the
 * one checked (same device and inode), so a file swapped in between (for a FIFO, a device, a
 * link to a secret) is refused. At most `maxBytes` are read, whatever the file claims its size
 * is (a /proc file says 0).
 */
export async function readRegularText(path: string, maxBytes = Infinity): Promise<TextRead> {
  let real: string;
  let stats: Stats;
  try {
    real = await realpath(path);
    stats = await stat(real);
  } catch (error) {
    return { refused: reasonOf(error) };
  }
  const notFile = kindOf(stats);
  if (notFile) return { refused: `it is ${notFile}, not a regular file` };
  if (stats.size > maxBytes) return { refused: tooBig(stats.size, maxBytes) };
  const bytes = await readAtMost(real, stats, maxBytes);
  if ('refused' in bytes) return bytes;
  if (bytes.data.length > maxBytes) return { refused: tooBig(bytes.data.length, maxBytes) };
  return decodeUtf8(bytes.data);
}

const CHANGED = 'it changed while being read (replaced by another file or a link); read it again';

async function readAtMost(
  path: string,
  checked: Stats,
  maxBytes: number,
): Promise<{ data: Buffer } | { refused: string }> {
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;
  const handle = await open(path, flags).catch((error: unknown) => ({ error }));
  if ('error' in handle) return { refused: reasonOf(handle.error) };
  try {
    const opened = await handle.stat();
    if (opened.dev !== checked.dev || opened.ino !== checked.ino) return { refused: CHANGED };
    const notFile = kindOf(opened);
    if (notFile) return { refused: `it is ${notFile}, not a regular file` };
    return { data: await readUpTo(handle, maxBytes) };
  } finally {
    await handle.close();
  }
}

/** One byte past the limit is enough to know the file is too big. */
async function readUpTo(handle: FileHandle, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= maxBytes) {
    const chunk = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks);
}

/**
 * Strict UTF-8: a byte sequence that is not UTF-8 (a Latin-1 é, a UTF-16 file) is refused, not
 * replaced with U+FFFD. A leading byte-order mark is dropped (TextDecoder's default), so offsets
 * count from the first character of the text.
 */
export function decodeUtf8(data: Uint8Array): TextRead {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    const utf16 = data[0] === 0xff || data[0] === 0xfe ? ' (it starts like UTF-16)' : '';
    return {
      refused: `it is not UTF-8${utf16}: the first byte that is not is near line ${lineOfFirstInvalid(data)}; convert it, e.g. \`iconv -f latin1 -t utf-8 in.txt > out.txt\` (or -f utf-16 …)`,
    };
  }
}

function lineOfFirstInvalid(data: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(data);
  const at = lenient.indexOf('\uFFFD');
  return lenient.slice(0, Math.max(at, 0)).split('\n').length;
}

function tooBig(size: number, maxBytes: number): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `it is ${mb(size)}, over the limit of ${mb(maxBytes)}; split it, or raise TESTIMONY_SOURCE_MAX_MB`;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  // The path was resolved before the open: a link found by the open is a file swapped meanwhile.
  if (code === 'ELOOP') return `too many symbolic links, or ${CHANGED}`;
  return code ?? String(error);
}
