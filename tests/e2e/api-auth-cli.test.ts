import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { neo4jEnv, runCli, signalChildren } from '../support/cli.js';
import { testCoordinates } from '../support/neo4j.js';

const QUERY = JSON.stringify({ query: '{ person(name: "Jeff Sessions") { id } }' });

/**
 * Runs `testimony serve` on 0.0.0.0, port 0 (any free one), until its GraphQL line appears;
 * then `whileRunning` talks to it, on 127.0.0.1 only, and Ctrl-C stops it at once.
 */
async function serveEverywhere(
  args: string[],
  extra: Record<string, string>,
  whileRunning: (graphql: string) => Promise<void>,
) {
  let check: Promise<void> | undefined;
  const env = neo4jEnv(testCoordinates(), {
    TESTIMONY_API_HOST: '0.0.0.0',
    TESTIMONY_API_PORT: '0',
    ...extra,
  });
  const run = await runCli(['serve', ...args], env, {
    timeoutMs: 120_000,
    onStdout: (stdout) => {
      const port = /GraphQL: +http:\/\/0\.0\.0\.0:(\d+)\/graphql/.exec(stdout)?.[1];
      if (check || !port) return;
      check = whileRunning(`http://127.0.0.1:${port}/graphql`).finally(() =>
        signalChildren('SIGINT'),
      );
    },
  });
  await check;
  return run;
}

function post(url: string, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: QUERY,
  });
}

describe('the API beyond loopback (testimony serve / start as child processes)', () => {
  for (const command of ['serve', 'start'])
    it(`${command} on 0.0.0.0 with no authentication refuses to start: AUTH_REQUIRED, exit 2`, async () => {
      const run = await runCli(
        [command],
        neo4jEnv(testCoordinates(), { TESTIMONY_API_HOST: '0.0.0.0', TESTIMONY_API_PORT: '0' }),
      );
      expect(run.stderr).toContain('[AUTH_REQUIRED]');
      expect(run.stderr).toContain('0.0.0.0');
      expect(run.stderr).toContain('testimony token');
      expect(run.stderr).toContain('TESTIMONY_API_TOKEN_HASHES');
      expect(run.stderr).toContain('--insecure');
      expect(run.stdout).not.toContain('GraphQL:');
      expect(run.code).toBe(2);
    });

  it('serve --insecure on 0.0.0.0 starts, open, with a loud warning', async () => {
    let status = 0;
    const run = await serveEverywhere(['--insecure'], {}, async (graphql) => {
      status = (await post(graphql)).status;
    });
    expect(status).toBe(200);
    expect(run.stderr).toMatch(/WARNING.*0\.0\.0\.0.*NO authentication/);
    expect(run.code).toBe(0);
  });

  it('serve on 0.0.0.0 with a token configured needs no --insecure, and requires the token', async () => {
    const made = await runCli(['token'], neo4jEnv(testCoordinates()));
    expect(made.code).toBe(0);
    const token = made.stdout.trim();
    const line = /^TESTIMONY_API_TOKEN_HASHES=([0-9a-f]{64})$/m.exec(made.stderr);
    expect(line?.[1]).toBe(createHash('sha256').update(token).digest('hex'));
    const statuses: number[] = [];
    const run = await serveEverywhere(
      [],
      { TESTIMONY_API_TOKEN_HASHES: line?.[1] ?? '' },
      async (graphql) => {
        statuses.push((await post(graphql)).status);
        statuses.push((await post(graphql, { authorization: `Bearer ${token}` })).status);
      },
    );
    expect(statuses).toEqual([401, 200]);
    expect(run.stderr).not.toContain('WARNING');
    expect(run.stderr).toContain('Token required on /graphql');
    expect(run.code).toBe(0);
  });
});
