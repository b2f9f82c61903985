import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { readRegularText, type TextRead } from './read-text.js';

/**
 * Which source files a dataset may read. A dataset names its source texts by path, and their
 * text is stored in the graph for anyone who can query it: a dataset from elsewhere must not be
 * able to copy /etc/passwd or /proc/self/environ (the server's secrets) into it.
 */
export interface SourcePolicy {
  /** A folder whose files any dataset may read, besides the dataset's own folder (and below). */
  root?: string | undefined;
  /** The largest source file read, in bytes. */
  maxBytes: number;
}

export const DEFAULT_SOURCE_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_SOURCE_POLICY: SourcePolicy = { maxBytes: DEFAULT_SOURCE_MAX_BYTES };

// Kernel and device file systems: their "files" are live state (environment, memory), never texts.
const SYSTEM_TREES = ['/proc', '/sys', '/dev'];

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

/**
 * Reads a dataset's source `file` (relative to the dataset file) if the policy allows it. The
 * check is on the real path, after every symbolic link and `..` is resolved, so neither a link
 * nor a traversal leads out of the allowed folders.
 */
export async function readSourceFile(
  datasetFile: string,
  file: string,
  policy: SourcePolicy,
): Promise<TextRead> {
  const path = resolve(dirname(datasetFile), file);
  const real = await realpath(path).catch(() => undefined);
  if (real === undefined)
    return { refused: `source file not found: ${path} (paths are relative to the dataset file)` };
  const allowed = await allowedFolders(datasetFile, policy.root);
  const system = SYSTEM_TREES.some((tree) => real === tree || inside(tree, real));
  if (system || !allowed.some((folder) => inside(folder, real))) {
    const via = real === path ? '' : ` (it resolves to ${real})`;
    return {
      refused: `source file ${path}${via} is outside the folders a dataset may read (${allowed.join(', ')}); move the text beside the dataset file, or set TESTIMONY_SOURCES_ROOT to the folder that holds it`,
    };
  }
  const read = await readRegularText(real, policy.maxBytes);
  return 'text' in read ? read : { refused: `source file ${path}: ${read.refused}` };
}

/** The real paths of the dataset's folder and of the sources root (said so when it is missing). */
async function allowedFolders(datasetFile: string, root: string | undefined): Promise<string[]> {
  const folders = [dirname(datasetFile), ...(root === undefined ? [] : [resolve(root)])];
  return Promise.all(
    folders.map((folder) =>
      realpath(folder).catch(() => `${folder} (TESTIMONY_SOURCES_ROOT: no such folder)`),
    ),
  );
}
