import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEnv } from '../../src/config/env.js';
import { TestimonyError } from '../../src/errors.js';
import type { Reporter } from '../../src/log.js';
import { ensureNeo4jLib } from '../../src/neo4j/provision/local-jvm/assemble.js';
import { localLayout } from '../../src/neo4j/provision/local-jvm/layout.js';

/**
 * ensureNeo4jLib's handling of Maven (progress, failure, Ctrl-C), with a stand-in `mvn` on PATH:
 * a shell script, so no JDK, no Maven and no network are needed.
 */
function fakeMaven(body: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-fake-mvn-'));
  const mvn = join(dir, 'mvn');
  writeFileSync(mvn, `#!/bin/sh\n[ "$1" = "-v" ] && exit 0\n${body}\n`);
  chmodSync(mvn, 0o755);
  vi.stubEnv('PATH', `${dir}:${process.env.PATH ?? ''}`);
}

function recorder() {
  const lines: string[] = [];
  const reporter: Reporter = { info: (m) => lines.push(m), progress: (m) => lines.push(m) };
  return { reporter, lines };
}

const layout = () =>
  localLayout(
    loadEnv({
      TESTIMONY_NEO4J_HOME: mkdtempSync(join(tmpdir(), 'testimony-home-')),
      TESTIMONY_NEO4J_INSTANCE: 'unit',
    }),
  );

const DOWNLOADED = '[INFO] Downloaded from central: https://repo/a.jar (2.5 MB at 1 MB/s)';

describe('ensureNeo4jLib running Maven', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reports download progress and moves the jars into lib/', async () => {
    // Maven is given -DoutputDirectory=<scratch>: the fake creates it, as Maven would.
    fakeMaven(
      `echo '${DOWNLOADED}'\nfor a in "$@"; do case "$a" in -DoutputDirectory=*) mkdir -p "\${a#-DoutputDirectory=}";; esac; done`,
    );
    const target = layout();
    const { reporter, lines } = recorder();
    await ensureNeo4jLib(target, reporter);
    expect(existsSync(target.lib)).toBe(true);
    expect(lines).toContain('  downloading: 1 files, 2.5 MB');
    expect(lines).toContain('  downloaded 1 files, 2.5 MB');
  });

  it("fails with NEO4J_ASSEMBLY_FAILED and Maven's last output, stderr included", async () => {
    fakeMaven(`echo '${DOWNLOADED}'\necho '[ERROR] Could not resolve org.neo4j:neo4j' >&2\nexit 1`);
    const error = await ensureNeo4jLib(layout(), recorder().reporter).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TestimonyError);
    expect(error).toMatchObject({ code: 'NEO4J_ASSEMBLY_FAILED' });
    expect((error as Error).message).toContain('(exit 1)');
    expect((error as Error).message).toContain('[ERROR] Could not resolve org.neo4j:neo4j');
  });

  it('says INTERRUPTED when cancelled midway', async () => {
    fakeMaven('sleep 30');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const error = await ensureNeo4jLib(layout(), recorder().reporter, controller.signal).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'INTERRUPTED' });
  });
});
