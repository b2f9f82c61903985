import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { TestimonyError } from '../../../errors.js';
import { logger, type Reporter } from '../../../log.js';
import { NEO4J_VERSION } from '../versions.js';
import { findMaven } from './prerequisites.js';
import type { LocalLayout } from './layout.js';

const log = logger('provision');
const STAMP = '.assembled-from';

/** lib/ is current when it was assembled from this very pom.xml (a version bump reassembles). */
function pomDigest(pomPath: string): string {
  return createHash('sha256').update(readFileSync(pomPath)).digest('hex');
}

export async function isAssembled(layout: LocalLayout): Promise<boolean> {
  const stamp = `${layout.lib}/${STAMP}`;
  return existsSync(stamp) && (await readFile(stamp, 'utf8')).trim() === pomDigest(layout.pom);
}

/**
 * Copies Neo4j's runtime jars from Maven Central (through the Maven local repository, so a
 * second clone downloads nothing) into lib/. It assembles into a scratch folder and renames it
 * into place, so an interrupted download never leaves a half-filled lib/ that looks complete.
 */
export async function ensureNeo4jLib(
  layout: LocalLayout,
  reporter: Reporter,
  signal?: AbortSignal,
): Promise<void> {
  if (await isAssembled(layout)) {
    log.debug({ lib: layout.lib }, 'Neo4j jars already assembled');
    return;
  }
  const mvn = findMaven();
  const scratch = `${layout.lib}.partial`;
  await rm(scratch, { recursive: true, force: true });
  await mkdir(layout.home, { recursive: true });
  reporter.info(
    `Assembling Neo4j ${NEO4J_VERSION} Community from Maven Central into ${layout.lib} (first start only; about 170 MB when nothing is cached).`,
  );
  const started = Date.now();
  await runMaven(
    mvn,
    [
      '-B',
      '-f',
      layout.pom,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${scratch}`,
    ],
    reporter,
    signal,
  );
  await writeFile(`${scratch}/${STAMP}`, `${pomDigest(layout.pom)}\n`);
  await rm(layout.lib, { recursive: true, force: true });
  await rename(scratch, layout.lib);
  reporter.info(`Neo4j assembled in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/** Maven in batch mode prints "Downloaded from central: URL (123 kB at …)"; we sum those for the progress line. */
async function runMaven(
  mvn: string,
  args: string[],
  reporter: Reporter,
  signal?: AbortSignal,
): Promise<void> {
  const child = execa(mvn, args, {
    stdin: 'ignore',
    all: true,
    reject: false,
    ...(signal ? { cancelSignal: signal } : {}),
  });
  // On Ctrl-C, stop reading at once: a grandchild of a wrapper script may hold the pipe open.
  signal?.addEventListener('abort', () => child.all.destroy(), { once: true });
  const tail: string[] = [];
  const progress = { files: 0, bytes: 0 };
  try {
    for await (const line of child.iterable({ from: 'all' })) {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      const bytes = downloadedBytes(line);
      if (bytes === undefined) continue;
      progress.files += 1;
      progress.bytes += bytes;
      reporter.progress(
        `  downloading: ${progress.files} files, ${(progress.bytes / 1e6).toFixed(1)} MB`,
      );
    }
  } catch {
    // A failed or cancelled run ends the lines early; its result below says which.
  }
  const result = await child;
  if (result.isCanceled || signal?.aborted)
    throw new TestimonyError(
      'INTERRUPTED',
      'Interrupted while downloading Neo4j; the next start resumes from the Maven cache.',
    );
  // No exit code and no signal: Maven never started (not found, not executable).
  if (result.exitCode === undefined && result.signal === undefined)
    throw new TestimonyError('MAVEN_MISSING', `Could not run ${mvn}: ${result.shortMessage}`, {
      cause: result.cause,
    });
  if (progress.files > 0)
    reporter.info(`  downloaded ${progress.files} files, ${(progress.bytes / 1e6).toFixed(1)} MB`);
  if (result.exitCode === 0) return;
  throw new TestimonyError(
    'NEO4J_ASSEMBLY_FAILED',
    `Maven could not assemble Neo4j ${NEO4J_VERSION} (exit ${result.exitCode ?? result.signal}). Its last output:\n${tail.join('\n')}`,
    {
      hint: 'Check access to Maven Central (a proxy goes in ~/.m2/settings.xml), then run the command again.',
    },
  );
}

const SIZE = /^\[INFO\] Downloaded from [^:]+: \S+ \(([\d.,]+) (B|kB|KB|MB|GB)/;
const UNIT: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };

export function downloadedBytes(line: string): number | undefined {
  const match = SIZE.exec(line);
  if (!match?.[1] || !match[2]) return undefined;
  return Number(match[1].replace(',', '')) * (UNIT[match[2]] ?? 1);
}
