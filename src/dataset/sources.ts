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
  /**
   * Folders never read, even inside an allowed one: the local Neo4j's home holds its password
   * file and its store (a dataset in the project's folder could otherwise name them).
   */
  forbidden?: readonly string[] | undefined;
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
  const secret = await secretReason(real, allowed, policy.forbidden ?? []);
  if (secret)
    return {
      refused: `source file ${path}${real === path ? '' : ` (it resolves to ${real})`} ${secret}`,
    };
  const read = await readRegularText(real, policy.maxBytes);
  return 'text' in read ? read : { refused: `source file ${path}: ${read.refused}` };
}

/**
 * Why a file inside the allowed folders is still not a source: dot-files and dot-folders (.env,
 * .git, .neo4j) hold configuration and secrets, never report texts, and a message that quotes
 * the text would print them.
 */
async function secretReason(
  real: string,
  allowed: readonly string[],
  forbidden: readonly string[],
): Promise<string | undefined> {
  const hidden = allowed
    .filter((folder) => inside(folder, real))
    .flatMap((folder) => relative(folder, real).split(sep))
    .find((segment) => segment.startsWith('.'));
  if (hidden !== undefined)
    return `is or is inside a hidden file or folder (${hidden}), which is never read as a source (such files hold settings and secrets); move the text out of it`;
  const homes = await Promise.all(forbidden.map((folder) => realpath(folder).catch(() => folder)));
  const home = homes.find((folder) => real === folder || inside(folder, real));
  if (home !== undefined)
    return `is inside the local Neo4j's home (${home}, TESTIMONY_NEO4J_HOME), which holds its password and store and is never read as a source; move the text elsewhere`;
  return undefined;
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
