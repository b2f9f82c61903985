import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApi, startApi } from '../../src/api/index.js';
import { openSocket, rawRequest } from '../support/http-raw.js';
import { testCoordinates, testDriver } from '../support/neo4j.js';

const driver = testDriver();
const { database } = testCoordinates();
const started: RunningApi[] = [];

async function api(options: Partial<Parameters<typeof startApi>[0]> = {}): Promise<RunningApi> {
  const running = await startApi({
    driver,
    database,
    host: '127.0.0.1',
    port: 0,
    queryTimeoutMs: 5000,
    ...options,
  });
  started.push(running);
  return running;
}

const portOf = (running: RunningApi) => Number(new URL(running.url).port);
const QUERY = JSON.stringify({ query: '{ __typename }' });
const JSON_POST = { method: 'POST', headers: { 'content-type': 'application/json' } };

afterAll(async () => {
  for (const running of started) await running.stop();
  await driver.close();
});

describe('the Host allowlist (DNS rebinding)', () => {
  let edge: RunningApi;
  beforeAll(async () => {
    edge = await api({ allowedHosts: ['api.example.org'] });
  });

  it.each(['/graphql', '/health', '/explorer', '/browser/style.grass'])(
    'Host: evil.example gets 421 with a JSON error at %s',
    async (path) => {
      const response = await rawRequest(`${edge.url}${path}`, {
        ...(path === '/graphql' ? { ...JSON_POST, body: QUERY } : {}),
        headers: {
          host: `evil.example:${portOf(edge)}`,
          ...(path === '/graphql' ? JSON_POST.headers : {}),
        },
      });
      expect(response.status).toBe(421);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const body = JSON.parse(response.body) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('MISDIRECTED_REQUEST');
      // The names it serves stay in the server's log: a rebinding page learns none of them.
      expect(response.body).not.toContain('api.example.org');
      // A refusal carries the security headers too.
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    },
  );

  it.each(['localhost', '127.0.0.1', '[::1]', 'api.example.org', 'API.example.org'])(
    'Host: %s (any port) is served',
    async (host) => {
      const response = await rawRequest(`${edge.url}/graphql`, {
        method: 'POST',
        headers: { host: `${host}:8080`, 'content-type': 'application/json' },
        body: QUERY,
      });
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toEqual({ data: { __typename: 'Query' } });
    },
  );
});

describe('security headers on every page', () => {
  let edge: RunningApi;
  beforeAll(async () => {
    edge = await api();
  });

  it.each(['/graphql', '/explorer', '/health', '/ready', '/browser/guide.html', '/nowhere'])(
    '%s: a CSP with frame-ancestors none, nosniff, no framing',
    async (path) => {
      const response = await fetch(`${edge.url}${path}`, {
        ...(path === '/graphql' ? { ...JSON_POST, body: QUERY } : {}),
      });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      await response.arrayBuffer();
    },
  );

  it('the explorer allows its own inline scripts by hash, not any inline script', async () => {
    const response = await fetch(`${edge.url}/explorer`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    await response.arrayBuffer();
  });

  it('the Browser guide keeps its CORS for Neo4j Browser', async () => {
    const response = await fetch(`${edge.url}/browser/guide.html`, {
      headers: { origin: 'http://127.0.0.1:7474' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    await response.arrayBuffer();
  });
});

describe('errors outside GraphQL are JSON, never HTML or a stack', () => {
  let edge: RunningApi;
  beforeAll(async () => {
    edge = await api();
  });

  const cases: [string, string, RequestInit, number, string][] = [
    [
      'a body over the limit',
      '/graphql',
      { ...JSON_POST, body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(100_000)}` }) },
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'malformed JSON',
      '/graphql',
      { ...JSON_POST, body: '{"query": "{ __typename }"' },
      400,
      'BAD_REQUEST',
    ],
    ['a path nothing serves', '/admin', {}, 404, 'NOT_FOUND'],
  ];

  it.each(cases)('%s', async (_name, path, init, status, code) => {
    const response = await fetch(`${edge.url}${path}`, init);
    const text = await response.text();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(text).not.toMatch(/<html|<pre>|at .*\.js:\d+|node_modules/i);
    const body = JSON.parse(text) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]?.extensions.code).toBe(code);
    expect(body.errors[0]?.message.length).toBeGreaterThan(10);
  });
});

describe('connections are bounded (small limits, loopback only)', () => {
  it('an idle connection that sends nothing is closed after the headers timeout', async () => {
    const edge = await api({ connections: { headersTimeoutMs: 500, requestTimeoutMs: 1_000 } });
    const idle = await openSocket(portOf(edge));
    const closedAfter = await idle.closed(5_000);
    console.info(`idle connection closed after ${closedAfter?.toFixed(0)} ms`);
    expect(closedAfter).toBeDefined();
    expect(closedAfter).toBeLessThan(2_000);
  });

  it('a keep-alive connection idle after its answer is closed after the keep-alive timeout', async () => {
    const edge = await api({ connections: { keepAliveTimeoutMs: 300 } });
    const client = await openSocket(portOf(edge));
    client.socket.write(
      'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n',
    );
    const closedAfter = await client.closed(5_000);
    expect(client.received()).toMatch(/^HTTP\/1\.1 200/);
    expect(closedAfter).toBeDefined();
    expect(closedAfter).toBeLessThan(2_000);
  });

  it('a body trickled at 1 byte/s is cut by the request timeout', async () => {
    const edge = await api({ connections: { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000 } });
    const client = await openSocket(portOf(edge));
    client.socket.write(
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n',
    );
    let sent = 0;
    // At most 10 bytes (10 s): the timeout must cut it long before.
    for (; sent < 10 && !client.socket.closed && !client.socket.destroyed; sent += 1) {
      client.socket.write('{');
      if ((await client.closed(1_000)) !== undefined) break;
    }
    const closedAfter = await client.closed(1_000);
    console.info(`trickled body cut after ${closedAfter?.toFixed(0)} ms, ${sent + 1} bytes sent`);
    expect(closedAfter).toBeDefined();
    expect(closedAfter).toBeLessThan(4_500);
    expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('connections beyond the maximum are refused, and the API answers once they are gone', async () => {
    const edge = await api({ connections: { maxConnections: 3 } });
    const port = portOf(edge);
    const held = [await openSocket(port), await openSocket(port), await openSocket(port)];
    const extra = await openSocket(port);
    expect(await extra.closed(2_000), 'the fourth connection is closed at once').toBeDefined();
    expect(extra.received()).toBe('');
    expect(await held[0]?.closed(200), 'the first three stay open').toBeUndefined();
    for (const client of held) client.socket.destroy();
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt += 1) {
      await sleep(100);
      status = await fetch(`${edge.url}/health`).then(
        (response) => response.status,
        () => 0,
      );
    }
    expect(status).toBe(200);
  });
});
