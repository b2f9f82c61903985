import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/index.js';
import { verifyNeo4j } from '../../src/neo4j/index.js';
import { isPortOpen, localLayout } from '../../src/neo4j/provision/index.js';
import { testCoordinates, LOCAL_JVM_ONLY, withoutLocalJvm } from '../support/neo4j.js';
import {
  baseEnv,
  type CliRun,
  freePort,
  runCli,
  signalChildren,
  neo4jEnv,
} from '../support/cli.js';

/**
 * Waits for `start` to print its Browser line, then presses Ctrl-C (SIGINT), as a user would:
 * twice at once, as a terminal's Ctrl-C arrives through wrappers that relay it (npm, tsx).
 */
async function startThenCtrlC(
  env: NodeJS.ProcessEnv,
  whileRunning: (stdout: string) => Promise<void>,
) {
  let check: Promise<void> | undefined;
  const run = await runCli(['start'], env, {
    timeoutMs: 240_000,
    onStdout: (stdout) => {
      if (check || !stdout.includes('Neo4j Browser:')) return;
      check = whileRunning(stdout).finally(() => {
        signalChildren('SIGINT');
        signalChildren('SIGINT');
      });
    },
  });
  await check;
  return run;
}

describe('npm start (the start command), as a child process', () => {
  const instance = `e2e-start-${process.pid}`;
  afterAll(() =>
    rm(localLayout(loadEnv({ TESTIMONY_NEO4J_INSTANCE: instance })).instance, {
      recursive: true,
      force: true,
    }),
  );

  it.skipIf(withoutLocalJvm())(
    `with no NEO4J_URI starts a local Neo4j with the Browser, and Ctrl-C stops it ${LOCAL_JVM_ONLY}`,
    async () => {
      const boltPort = await freePort();
      const httpPort = await freePort();
      const apiPort = await freePort();
      const env = baseEnv({
        TESTIMONY_NEO4J_INSTANCE: instance,
        TESTIMONY_NEO4J_BOLT_PORT: String(boltPort),
        TESTIMONY_NEO4J_HTTP_PORT: String(httpPort),
        TESTIMONY_API_PORT: String(apiPort),
      });
      let browserStatus = 0;
      let browserTitle = '';
      let answer: unknown;
      let second: CliRun | undefined;
      let stillAnswers = 0;
      const run = await startThenCtrlC(env, async (stdout) => {
        expect(stdout).toContain(`Bolt URI:      neo4j://127.0.0.1:${boltPort}`);
        expect(stdout).toContain(`GraphQL:       http://127.0.0.1:${apiPort}/graphql`);
        // It seeded and serves: the API answers from the bundled dataset.
        const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: '{ person(name: "Kislyak") { name meetings { date { value } } } }',
          }),
        });
        answer = await response.json();
        const page = await fetch(`http://127.0.0.1:${httpPort}/browser/`);
        browserStatus = page.status;
        browserTitle = /<title>([^<]*)/.exec(await page.text())?.[1] ?? '';
        // The random password of its first start is in the file it names, not in its output.
        const { passwordFile } = localLayout(loadEnv({ TESTIMONY_NEO4J_INSTANCE: instance }));
        const password = readFileSync(passwordFile, 'utf8').trim();
        expect(stdout).toContain(`Password file: ${passwordFile}`);
        expect(stdout).not.toContain(password);
        await verifyNeo4j({
          uri: `neo4j://127.0.0.1:${boltPort}`,
          username: 'neo4j',
          password,
          database: 'neo4j',
        });
        // A second `npm start` with the same settings: told why, and it stops nothing.
        second = await runCli(['start'], env, { timeoutMs: 60_000 });
        stillAnswers = (await fetch(`http://127.0.0.1:${apiPort}/health`)).status;
        // …and the first one's Neo4j still answers.
        await verifyNeo4j({
          uri: `neo4j://127.0.0.1:${boltPort}`,
          username: 'neo4j',
          password,
          database: 'neo4j',
        });
      });
      expect(second?.code).toBe(3);
      expect(second?.stderr).toContain('[PORT_IN_USE]');
      expect(second?.stderr).toContain(`Port ${apiPort} on 127.0.0.1 (the GraphQL API)`);
      expect(second?.stderr).toContain('TESTIMONY_API_PORT');
      expect(second?.stderr).not.toMatch(/Starting Neo4j|Stopping Neo4j|Reusing|Seeded/);
      expect(stillAnswers).toBe(200);
      expect(run.code).toBe(0);
      expect(answer).toEqual({
        data: {
          person: {
            name: 'Sergey Kislyak',
            meetings: [{ date: { value: '2016-07' } }, { date: { value: '2016-09-08' } }],
          },
        },
      });
      expect(browserStatus).toBe(200);
      expect(browserTitle).toContain('Neo4j Browser');
      expect(run.stderr).toContain('Neo4j stopped.');
      expect(await isPortOpen('127.0.0.1', boltPort)).toBe(false);
      expect(await isPortOpen('127.0.0.1', httpPort)).toBe(false);
      expect(await isPortOpen('127.0.0.1', apiPort)).toBe(false);
      expect(
        existsSync(
          join(localLayout(loadEnv({ TESTIMONY_NEO4J_INSTANCE: instance })).conf, 'neo4j.conf'),
        ),
      ).toBe(true);
      // A hang guard, not a timing claim: this test starts a Neo4j of its own.
    },
    300_000,
  );

  it('with NEO4J_URI uses that server, starts nothing, and leaves it running on Ctrl-C', async () => {
    const target = testCoordinates();
    const env = neo4jEnv(target, { TESTIMONY_API_PORT: String(await freePort()) });
    const run = await startThenCtrlC(env, async (stdout) => {
      expect(stdout).toContain(`Bolt URI:      ${target.uri}`);
      // NEO4J_PASSWORD gave the password: there is no file of ours to name.
      expect(stdout).not.toContain('Password file:');
      await verifyNeo4j(target);
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Testimony starts no server of its own');
    expect(run.stderr).not.toContain('Starting Neo4j');
    await verifyNeo4j(target); // still up
  });
});
