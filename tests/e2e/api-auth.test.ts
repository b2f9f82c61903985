import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, prepareApiAuth, type RunningApi, startApi } from '../../src/api/index.js';
import { loadEnv } from '../../src/config/index.js';
import { seedBundled, testCoordinates, testDriver } from '../support/neo4j.js';

const QUERY = '{ person(name: "Jeff Sessions") { id } }';
const ISSUER = 'https://idp.example';
const AUDIENCE = 'testimony-api';

/** POSTs the query with these headers; the status, the WWW-Authenticate header and the body. */
async function ask(api: RunningApi, headers: Record<string, string> = {}) {
  const response = await fetch(api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  return {
    status: response.status,
    challenge: response.headers.get('www-authenticate'),
    text: await response.text(),
  };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('the API with authentication configured (tokens and JWTs)', async () => {
  const driver = testDriver();
  const { database } = testCoordinates();
  const { token, hash } = newToken();
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const stranger = await generateKeyPair('ES256');
  const dir = mkdtempSync(join(tmpdir(), 'testimony-auth-e2e-'));
  const jwksFile = join(dir, 'jwks.json');
  writeFileSync(
    jwksFile,
    JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), alg: 'ES256' }] }),
  );
  chmodSync(jwksFile, 0o600);
  const env = loadEnv({
    TESTIMONY_API_TOKEN_HASHES: `${createHash('sha256').update('some-other-token').digest('hex')},${hash}`,
    TESTIMONY_API_JWT_KEY_FILE: jwksFile,
    TESTIMONY_API_JWT_ISSUER: ISSUER,
    TESTIMONY_API_JWT_AUDIENCE: AUDIENCE,
  });
  const warnings: string[] = [];
  let secured: RunningApi | undefined;
  let open: RunningApi | undefined;
  const base = { driver, database, host: '127.0.0.1', port: 0, queryTimeoutMs: 5000 };

  beforeAll(async () => {
    await seedBundled(driver);
    const auth = await prepareApiAuth(env, false, (w) => warnings.push(w));
    secured = await startApi({ ...base, auth });
    // Loopback, nothing configured: open, as before, and nothing to warn about.
    open = await startApi({
      ...base,
      auth: await prepareApiAuth(loadEnv({}), false, (w) => warnings.push(w)),
    });
  });
  afterAll(async () => {
    await secured?.stop();
    await open?.stop();
    await driver.close();
  });
  const api = () => secured as RunningApi;

  const jwt = (key: CryptoKey, edit: (jwt: SignJWT) => SignJWT = (j) => j) =>
    edit(
      new SignJWT({ sub: 'analyst' })
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('5m'),
    ).sign(key);

  it('on loopback with nothing configured the API is open, and no warning is given', async () => {
    const answer = await ask(open as RunningApi);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('person:jeff-sessions');
    expect(warnings).toEqual([]);
  });

  it('no token, a wrong token, or another scheme: 401, WWW-Authenticate: Bearer, UNAUTHENTICATED, no data', async () => {
    for (const headers of [
      {},
      bearer('wrong-token'),
      bearer(hash),
      { authorization: `Basic ${token}` },
    ]) {
      const answer = await ask(api(), headers);
      expect(answer.status, JSON.stringify(headers)).toBe(401);
      expect(answer.challenge).toMatch(/^Bearer\b/);
      const body = JSON.parse(answer.text) as {
        errors: { extensions: { code: string } }[];
        data?: unknown;
      };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
      // Nothing about which tokens exist.
      expect(answer.text).not.toContain(hash.slice(0, 12));
      expect(answer.text).not.toContain('person:');
    }
  });

  it('the right token: 200 with the data, by POST and by GET', async () => {
    const answer = await ask(api(), bearer(token));
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('person:jeff-sessions');
    const url = `${api().graphqlUrl}?query=${encodeURIComponent(QUERY)}`;
    const preflight = { 'apollo-require-preflight': 'true' };
    expect((await fetch(url, { headers: preflight })).status).toBe(401);
    const get = await fetch(url, { headers: { ...preflight, ...bearer(token) } });
    expect(get.status).toBe(200);
    expect(await get.text()).toContain('person:jeff-sessions');
  });

  it('a JWT from the configured issuer for this audience: 200; expired, other audience or issuer, bad signature: 401', async () => {
    expect((await ask(api(), bearer(await jwt(privateKey)))).status).toBe(200);
    const past = Math.floor(Date.now() / 1000) - 60;
    const refused = [
      await jwt(privateKey, (j) => j.setExpirationTime(past)),
      await jwt(privateKey, (j) => j.setAudience('another-api')),
      await jwt(privateKey, (j) => j.setIssuer('https://other-idp.example')),
      await jwt(stranger.privateKey),
    ];
    for (const refusedJwt of refused)
      expect((await ask(api(), bearer(refusedJwt))).status).toBe(401);
  });

  it('/health, /ready, the explorer page and the Browser guide stay open', async () => {
    for (const path of ['/health', '/ready', '/explorer', '/browser/guide.html']) {
      const response = await fetch(`${api().url}${path}`);
      expect(response.status, path).toBe(200);
    }
  });
});
