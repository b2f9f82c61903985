import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.js';
import { downloadedBytes } from '../../src/neo4j/provision/local-jvm/assemble.js';
import { renderNeo4jConf } from '../../src/neo4j/provision/local-jvm/conf.js';
import {
  adminToolArgs,
  javaArgFile,
} from '../../src/neo4j/provision/local-jvm/initial-password.js';
import { localLayout } from '../../src/neo4j/provision/local-jvm/layout.js';
import {
  adoptPendingPassword,
  createPassword,
  credentialCandidates,
  localCredential,
  localCredentials,
  storePassword,
} from '../../src/neo4j/provision/local-jvm/password.js';
import { parseJavaMajor } from '../../src/neo4j/provision/local-jvm/prerequisites.js';
import { runningNeo4jCoordinates } from '../../src/neo4j/provision/index.js';
import { TestimonyError } from '../../src/errors.js';

describe('neo4j.conf for a local instance', () => {
  const layout = localLayout(loadEnv({ TESTIMONY_NEO4J_INSTANCE: 'unit' }));
  const conf = renderNeo4jConf(layout, {
    boltPort: 17001,
    httpPort: 17002,
    heap: '512m',
    pageCache: '256m',
  });
  const settings = conf.split('\n').filter((line) => line && !line.startsWith('#'));

  it('listens on loopback only, on the given ports, with auth on and no usage report', () => {
    expect(settings).toEqual(
      expect.arrayContaining([
        'server.default_listen_address=127.0.0.1',
        'server.bolt.listen_address=:17001',
        'server.http.listen_address=:17002',
        'server.https.enabled=false',
        'dbms.security.auth_enabled=true',
        'dbms.usage_report.enabled=false',
        'browser.remote_content_hostname_whitelist=127.0.0.1,localhost',
      ]),
    );
  });

  it("answers CORS for the Browser's own origin only, and LOAD CSV reads no local files", () => {
    expect(settings).toEqual(
      expect.arrayContaining([
        'dbms.security.http_access_control_allow_origin=http://127.0.0.1:17002',
        'dbms.security.allow_csv_import_from_file_urls=false',
      ]),
    );
  });

  it('pins heap and page cache', () => {
    expect(settings).toEqual(
      expect.arrayContaining([
        'server.memory.heap.initial_size=512m',
        'server.memory.heap.max_size=512m',
        'server.memory.pagecache.size=256m',
      ]),
    );
  });

  it('limits transaction memory below the heap: half for one transaction, 70% for all', () => {
    expect(settings).toEqual(
      expect.arrayContaining([
        'db.memory.transaction.max=262144k',
        'dbms.memory.transaction.total.max=367001k',
      ]),
    );
    const own = renderNeo4jConf(layout, {
      boltPort: 1,
      httpPort: 2,
      heap: '2g',
      pageCache: '256m',
      transactionMax: '300m',
    });
    expect(own).toContain('\ndb.memory.transaction.max=300m\n');
    expect(own).toContain(
      `\ndbms.memory.transaction.total.max=${Math.floor(2 * 1024 * 1024 * 0.7)}k\n`,
    );
  });

  it('opens java.nio and friends, as Neo4j 5 needs', () => {
    for (const flag of ['java.base/java.nio', 'java.base/java.io', 'java.base/sun.nio.ch']) {
      expect(settings).toContain(`server.jvm.additional=--add-opens=${flag}=ALL-UNNAMED`);
    }
  });

  it("keeps each instance's data in its own folder", () => {
    expect(settings).toContain(`server.directories.data=${layout.instance}/data`);
    expect(layout.instance).toMatch(/instances\/unit$/);
  });

  it('sets each setting once (Neo4j refuses duplicates of single-valued settings)', () => {
    const keys = settings
      .map((line) => line.split('=')[0])
      .filter((key) => key !== 'server.jvm.additional');
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('parseJavaMajor', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('garbage')).toBeNaN();
  });
});

describe('downloadedBytes (Maven progress)', () => {
  it('reads the size of a finished download', () => {
    expect(
      downloadedBytes(
        '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/a/b.jar (1.2 MB at 3.4 MB/s)',
      ),
    ).toBe(1.2e6);
    expect(
      downloadedBytes('[INFO] Downloaded from central: https://repo/x.pom (1,024 B at 9 kB/s)'),
    ).toBe(1024);
    expect(downloadedBytes('[INFO] Downloading from central: https://repo/x.pom')).toBeUndefined();
  });
});

describe('javaArgFile (the password stays off the command line)', () => {
  it('quotes each argument, escaping backslashes, quotes and newlines as the launcher reads them', () => {
    expect(javaArgFile(['-cp', 'a b/*', 'x"y\\z', 'two\nlines'])).toBe(
      '"-cp"\n"a b/*"\n"x\\"y\\\\z"\n"two\\nlines"\n',
    );
  });
});

describe('adminToolArgs (set-initial-password)', () => {
  it('ends the options with "--" right before the password, so "-x…" is not read as an option', () => {
    const args = adminToolArgs('/n/lib', '-AbC');
    expect(args.slice(-4)).toEqual(['dbms', 'set-initial-password', '--', '-AbC']);
  });
});

describe('credentialCandidates (which passwords to try, in order)', () => {
  const legacy = { source: 'legacy', password: 'testimony-dev' };
  it('is NEO4J_PASSWORD alone, else the file alone, whatever else exists', () => {
    const all = { env: 'e', file: 'f', pending: 'p', hasAuthFile: true };
    expect(credentialCandidates(all)).toEqual([{ source: 'env', password: 'e' }]);
    expect(credentialCandidates({ ...all, env: undefined })).toEqual([
      { source: 'file', password: 'f' },
    ]);
  });

  it("tries an interrupted conversion's password before the old default", () => {
    expect(credentialCandidates({ pending: 'p', hasAuthFile: true })).toEqual([
      { source: 'pending', password: 'p' },
      legacy,
    ]);
    expect(credentialCandidates({ hasAuthFile: true })).toEqual([legacy]);
  });

  it('is nothing on an instance never started (a stray .new is no password of any server)', () => {
    expect(credentialCandidates({ pending: 'p', hasAuthFile: false })).toEqual([]);
  });
});

describe("the local server's password", () => {
  const instance = () => {
    const home = mkdtempSync(`${tmpdir()}/testimony-pw-`);
    const env = loadEnv({ TESTIMONY_NEO4J_HOME: home });
    const layout = localLayout(env);
    mkdirSync(layout.instance, { recursive: true });
    return { home, env, layout };
  };

  it('is random for each new instance, in a file only its owner may read', async () => {
    const a = instance();
    const b = instance();
    const first = await createPassword(a.layout);
    const second = await createPassword(b.layout);
    expect(first.password).not.toBe(second.password);
    expect(first.password.length).toBeGreaterThanOrEqual(32);
    expect(statSync(a.layout.passwordFile).mode & 0o777).toBe(0o600);
    expect(localCredential(a.env, a.layout)).toEqual({ source: 'file', password: first.password });
  });

  it('is NEO4J_PASSWORD when set, whatever the file holds', async () => {
    const { home, layout } = instance();
    await createPassword(layout);
    const env = loadEnv({ TESTIMONY_NEO4J_HOME: home, NEO4J_PASSWORD: 'mine-mine-mine' });
    expect(localCredential(env, layout)).toEqual({ source: 'env', password: 'mine-mine-mine' });
  });

  it('has no default: nothing for a new instance, the old default only to replace it on an old one', () => {
    const { env, layout } = instance();
    expect(localCredential(env, layout)).toBeUndefined();
    mkdirSync(dirname(layout.authFile), { recursive: true });
    writeFileSync(layout.authFile, 'neo4j:SHA-256,00,00,1024:\n');
    expect(localCredential(env, layout)?.source).toBe('legacy');
  });

  it('is read from its file for CLI questions; without one the error names the file', async () => {
    const { env, layout } = instance();
    expect(() => runningNeo4jCoordinates(env)).toThrow(TestimonyError);
    expect(() => runningNeo4jCoordinates(env)).toThrow(layout.passwordFile);
    const { password } = await createPassword(layout);
    expect(runningNeo4jCoordinates(env).password).toBe(password);
  });

  it('is read from neo4j-password.new after an interrupted conversion, and adopted on success', async () => {
    const { env, layout } = instance();
    mkdirSync(dirname(layout.authFile), { recursive: true });
    writeFileSync(layout.authFile, 'neo4j:SHA-256,00,00,1024:\n');
    writeFileSync(`${layout.passwordFile}.new`, 'fresh-one\n');
    const [pending] = localCredentials(env, layout);
    expect(pending).toEqual({ source: 'pending', password: 'fresh-one' });
    await adoptPendingPassword(layout, pending!);
    expect(localCredentials(env, layout)).toEqual([{ source: 'file', password: 'fresh-one' }]);
  });

  it('is stored as a new owner-only file, over an old 0644 file or a planted symlink', async () => {
    const { home, layout } = instance();
    writeFileSync(layout.passwordFile, 'old\n', { mode: 0o644 });
    await storePassword(layout.passwordFile, 'first');
    expect(statSync(layout.passwordFile).mode & 0o777).toBe(0o600);
    const target = `${home}/elsewhere`;
    writeFileSync(target, 'not yours\n', { mode: 0o644 });
    const pending = `${layout.passwordFile}.new`;
    symlinkSync(target, pending);
    await storePassword(pending, 'second');
    expect(lstatSync(pending).isFile()).toBe(true);
    expect(lstatSync(pending).mode & 0o777).toBe(0o600);
    expect(readFileSync(pending, 'utf8')).toBe('second\n');
    expect(readFileSync(target, 'utf8')).toBe('not yours\n');
  });
});
