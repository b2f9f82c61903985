import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm, unlink } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEnv, type Env } from '../../src/config/index.js';
import { TestimonyError } from '../../src/errors.js';
import { silentReporter } from '../../src/log.js';
import { verifyNeo4j, type Neo4jCoordinates } from '../../src/neo4j/index.js';
import {
  freePort,
  isPortOpen,
  localLayout,
  prepareStoppedInstance,
  startLocalJvm,
} from '../../src/neo4j/provision/index.js';
import { LOCAL_JVM_ONLY, testCoordinates, withoutLocalJvm } from '../support/neo4j.js';

/** The fixed password of the local server before this change: it must open nothing now. */
const OLD_DEFAULT = 'testimony-dev';
const mode = (path: string) => statSync(path).mode & 0o777;

async function refusal(coordinates: Neo4jCoordinates): Promise<unknown> {
  return verifyNeo4j(coordinates).then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** What Neo4j's HTTP API tells a script of another site that knows a password. */
async function crossSiteCommit(httpUrl: string, password: string) {
  const response = await fetch(`${httpUrl}/db/neo4j/tx/commit`, {
    method: 'POST',
    headers: {
      origin: 'http://evil.example',
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`neo4j:${password}`).toString('base64')}`,
    },
    body: JSON.stringify({ statements: [{ statement: 'MATCH (n) RETURN count(n)' }] }),
  });
  await response.body?.cancel();
  return {
    status: response.status,
    allowOrigin: response.headers.get('access-control-allow-origin'),
  };
}

describe.skipIf(withoutLocalJvm())(
  `the local Neo4j's credentials and origins ${LOCAL_JVM_ONLY}`,
  () => {
    it('answers CORS for its own origin only, and refuses the old default password', async () => {
      const { httpUrl, password } = testCoordinates();
      if (!httpUrl) throw new Error('the local strategy gives an HTTP URL');
      const withOld = await crossSiteCommit(httpUrl, OLD_DEFAULT);
      expect(withOld.status).toBe(401);
      const withReal = await crossSiteCommit(httpUrl, password);
      // A browser lets the page read the answer only if this header names its origin (or is *).
      expect(withReal.allowOrigin).toBe(httpUrl);
      expect(withOld.allowOrigin).not.toBe('*');
    });

    it("keeps the test instance's password, auth.ini and data owner-only", () => {
      const layout = localLayout(loadEnv({ ...process.env, TESTIMONY_NEO4J_INSTANCE: 'test' }));
      expect(readFileSync(layout.passwordFile, 'utf8').trim()).toBe(testCoordinates().password);
      expect(mode(layout.passwordFile)).toBe(0o600);
      expect(mode(layout.authFile)).toBe(0o600);
      expect(mode(layout.data)).toBe(0o700);
      expect(mode(layout.instance)).toBe(0o700);
    });
  },
);

describe.skipIf(withoutLocalJvm())(`a new instance's password ${LOCAL_JVM_ONLY}`, () => {
  const instance = `e2e-password-${process.pid}`;
  const env = loadEnv({ TESTIMONY_NEO4J_INSTANCE: instance });
  afterAll(() => rm(localLayout(env).instance, { recursive: true, force: true }));

  it('is never on a command line: neo4j-admin sees it only through an argument file', async () => {
    const seen = new Set<string>();
    let preparing = true;
    const watching = (async () => {
      while (preparing) {
        for (const line of commandLines()) seen.add(line);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    await prepareStoppedInstance(env, silentReporter).finally(() => (preparing = false));
    await watching;
    const layout = localLayout(env);
    const password = readFileSync(layout.passwordFile, 'utf8').trim();
    // The watcher did see neo4j-admin's JVM, started with an argument file only...
    const argFiles = [...seen].flatMap(
      (line) => /\0@([^\0]*testimony-admin-[^\0]*)\0$/.exec(line)?.[1] ?? [],
    );
    expect(argFiles).toHaveLength(1);
    // ...and no process on the machine had the password among its arguments.
    expect([...seen].filter((line) => line.includes(password))).toEqual([]);
    expect(existsSync(argFiles[0]!)).toBe(false);
    expect(existsSync(layout.authFile)).toBe(true);
    expect(mode(layout.authFile)).toBe(0o600);
  });
});

/** Every process's arguments, NUL-separated as /proc shows them. */
function commandLines(): string[] {
  const lines: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      lines.push(readFileSync(`/proc/${pid}/cmdline`, 'latin1'));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return lines;
}

describe.skipIf(withoutLocalJvm())(
  `an instance made with the old default password ${LOCAL_JVM_ONLY}`,
  () => {
    const instance = `e2e-legacy-${process.pid}`;
    let env: Env;
    afterAll(() => rm(localLayout(env).instance, { recursive: true, force: true }));

    it('gets a random password at its next start; without the old default it is a coded error', async () => {
      env = loadEnv({
        TESTIMONY_NEO4J_INSTANCE: instance,
        TESTIMONY_NEO4J_BOLT_PORT: String(await freePort()),
        TESTIMONY_NEO4J_HTTP_PORT: String(await freePort()),
        TESTIMONY_NEO4J_HEAP: '256m',
        TESTIMONY_NEO4J_PAGECACHE: '64m',
      });
      const layout = localLayout(env);
      // As an earlier version made it: auth.ini with the old default, no password file.
      await prepareStoppedInstance({ ...env, NEO4J_PASSWORD: OLD_DEFAULT }, silentReporter);
      expect(existsSync(layout.passwordFile)).toBe(false);

      const messages: string[] = [];
      const reporter = { info: (m: string) => messages.push(m), progress: () => {} };
      const server = await startLocalJvm(env, reporter);
      try {
        const stored = readFileSync(layout.passwordFile, 'utf8').trim();
        expect(server.coordinates.password).toBe(stored);
        expect(stored).not.toBe(OLD_DEFAULT);
        expect(mode(layout.passwordFile)).toBe(0o600);
        expect(messages.join('\n')).toContain(layout.passwordFile);
        await verifyNeo4j(server.coordinates);
        const old = await refusal({ ...server.coordinates, password: OLD_DEFAULT });
        expect((old as TestimonyError).code).toBe('NEO4J_AUTH_FAILED');
      } finally {
        await server.stop();
      }

      // Without its file (and with the old default no longer valid) it stops with a coded error.
      await unlink(layout.passwordFile);
      const failure = await startLocalJvm(env, silentReporter).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(TestimonyError);
      expect((failure as TestimonyError).code).toBe('NEO4J_AUTH_FAILED');
      expect((failure as TestimonyError).hint).toContain('NEO4J_PASSWORD');
      expect((failure as TestimonyError).hint).toContain(layout.instance);
      expect(await isPortOpen('127.0.0.1', env.TESTIMONY_NEO4J_BOLT_PORT)).toBe(false);
    }, 300_000);
  },
);
