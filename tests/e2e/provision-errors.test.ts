import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testCoordinates, LOCAL_JVM_ONLY, withoutLocalJvm } from '../support/neo4j.js';
import { baseEnv, freePort, runCli } from '../support/cli.js';

/** A PATH holding only node (and optionally more tools), to take java or mvn away. */
function pathWith(tools: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-path-'));
  for (const [name, target] of Object.entries(tools)) symlinkSync(target, join(dir, name));
  return dir;
}

async function freeLocalPorts() {
  return {
    TESTIMONY_NEO4J_BOLT_PORT: String(await freePort()),
    TESTIMONY_NEO4J_HTTP_PORT: String(await freePort()),
    // `start` checks the API port first: a developer's running `npm start` must not decide.
    TESTIMONY_API_PORT: String(await freePort()),
  };
}

const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

function listen<T extends Server>(server: T, port: number): Promise<T> {
  servers.push(server);
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

describe('provisioning errors: clear message, non-zero exit (run as child processes)', () => {
  it('Java missing from PATH names Java and how to install it', async () => {
    const { JAVA_HOME: _unset, ...env } = baseEnv({
      PATH: pathWith({ node: process.execPath }),
      ...(await freeLocalPorts()),
    });
    const run = await runCli(['start'], env);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('[JAVA_MISSING]');
    expect(run.stderr).toContain('apt-get install openjdk-17-jdk-headless maven');
  });

  it('a Java other than 17 or 21 is refused with the version found', async () => {
    const javaHome = mkdtempSync(join(tmpdir(), 'testimony-java25-'));
    const bin = join(javaHome, 'bin');
    const java = join(bin, 'java');
    await import('node:fs/promises').then((fs) => fs.mkdir(bin));
    writeFileSync(java, '#!/bin/sh\necho \'openjdk version "25.0.1" 2025-10-21\' >&2\n');
    chmodSync(java, 0o755);
    const run = await runCli(
      ['start'],
      baseEnv({ JAVA_HOME: javaHome, ...(await freeLocalPorts()) }),
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('[JAVA_UNSUPPORTED]');
    expect(run.stderr).toContain('Java 25');
  });

  it.skipIf(withoutLocalJvm())(
    `Maven missing (when Neo4j must still be downloaded) names Maven ${LOCAL_JVM_ONLY}`,
    async () => {
      const java = join(process.env.JAVA_HOME ?? '/usr', 'bin', 'java');
      const { JAVA_HOME: _unset, ...env } = baseEnv({
        PATH: pathWith({ node: process.execPath, java }),
        TESTIMONY_NEO4J_HOME: mkdtempSync(join(tmpdir(), 'testimony-home-')),
        ...(await freeLocalPorts()),
      });
      const run = await runCli(['start'], env);
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('[MAVEN_MISSING]');
      expect(run.stderr).toContain('maven');
    },
  );

  it.skipIf(withoutLocalJvm())(
    `an HTTP port taken by something that is not Neo4j is named, and nothing starts ${LOCAL_JVM_ONLY}`,
    async () => {
      const ports = await freeLocalPorts();
      const http = createHttpServer((_req, res) => res.end('<html>not neo4j</html>'));
      await listen(http, Number(ports.TESTIMONY_NEO4J_HTTP_PORT));
      const run = await runCli(['start'], baseEnv(ports));
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('[PORT_IN_USE]');
      expect(run.stderr).toContain(`Port ${ports.TESTIMONY_NEO4J_HTTP_PORT}`);
      expect(run.stderr).toContain('TESTIMONY_NEO4J_HTTP_PORT');
    },
  );

  it.skipIf(withoutLocalJvm())(
    `a Bolt port taken by something else is named ${LOCAL_JVM_ONLY}`,
    async () => {
      const ports = await freeLocalPorts();
      await listen(
        createTcpServer((socket) => socket.end()),
        Number(ports.TESTIMONY_NEO4J_BOLT_PORT),
      );
      const run = await runCli(['start'], baseEnv(ports));
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('[PORT_IN_USE]');
      expect(run.stderr).toContain('TESTIMONY_NEO4J_BOLT_PORT');
    },
  );

  it('a wrong password for NEO4J_URI is reported as such', async () => {
    const { uri } = testCoordinates();
    const run = await runCli(
      ['start'],
      baseEnv({ NEO4J_URI: uri, NEO4J_PASSWORD: 'not-the-password' }),
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('[NEO4J_AUTH_FAILED]');
    expect(run.stderr).toContain('NEO4J_PASSWORD');
    expect(run.stderr).not.toContain('not-the-password');
  });

  // Needs the run's Neo4j to be the local server on the local ports.
  it.skipIf(withoutLocalJvm())(
    `a wrong password for a Neo4j already on the local ports is not a silent second start ${LOCAL_JVM_ONLY}`,
    async () => {
      const { uri, httpUrl } = testCoordinates();
      const run = await runCli(
        ['start'],
        baseEnv({
          NEO4J_PASSWORD: 'not-the-password',
          TESTIMONY_NEO4J_BOLT_PORT: new URL(uri).port,
          TESTIMONY_NEO4J_HTTP_PORT: new URL(httpUrl ?? 'http://127.0.0.1:17474').port,
        }),
      );
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('[NEO4J_AUTH_FAILED]');
    },
  );

  it('an unreachable NEO4J_URI fails fast instead of hanging', async () => {
    // Not a timing assertion: a run that hangs is killed after 30 s and then has no exit code.
    const env = baseEnv({
      NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
      NEO4J_PASSWORD: 'whatever-it-is',
    });
    const run = await runCli(['start'], env, { timeoutMs: 30_000 });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('[NEO4J_UNREACHABLE]');
  });

  it('credentials inside NEO4J_URI are never echoed', async () => {
    const uri = `bolt://bob:s3cret-in-uri@127.0.0.1:${await freePort()}`;
    const unreachable = await runCli(
      ['start'],
      baseEnv({ NEO4J_URI: uri, NEO4J_PASSWORD: 'x-x-x-x-x' }),
      {
        timeoutMs: 30_000,
      },
    );
    expect(unreachable.stderr).toContain('[NEO4J_UNREACHABLE]');
    expect(unreachable.stderr).toContain('bolt://***@127.0.0.1:');
    const noPassword = await runCli(['start'], baseEnv({ NEO4J_URI: uri }));
    expect(noPassword.stderr).toContain('[CONFIG_INVALID]');
    for (const run of [unreachable, noPassword]) expect(run.stderr).not.toContain('s3cret');
  });

  it('an API port already taken is named (PORT_IN_USE, exit 3)', async () => {
    const { uri, username, password } = testCoordinates();
    const apiPort = await freePort();
    await listen(
      createTcpServer((socket) => socket.end()),
      apiPort,
    );
    const run = await runCli(
      ['start'],
      baseEnv({
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
        TESTIMONY_API_PORT: String(apiPort),
      }),
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('[PORT_IN_USE]');
    expect(run.stderr).toContain('TESTIMONY_API_PORT');
  });

  it('an invalid setting names the variable and exits 2', async () => {
    const run = await runCli(['start'], baseEnv({ TESTIMONY_NEO4J_BOLT_PORT: 'seven' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[CONFIG_INVALID]');
    expect(run.stderr).toContain('TESTIMONY_NEO4J_BOLT_PORT="seven"');
  });
});
