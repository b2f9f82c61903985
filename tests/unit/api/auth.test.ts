import { chmodSync, mkdtempSync, type Stats, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  fileDistrust,
  isLoopbackHost,
  jwtAuthenticator,
  loadApiAuth,
  newToken,
  openApiWarning,
  parseJwtKey,
  parseTokenHashes,
  sha256Hex,
  tokenHashAuthenticator,
} from '../../../src/api/auth.js';
import { loadEnv } from '../../../src/config/env.js';
import { TestimonyError } from '../../../src/errors.js';

function thrown(run: () => unknown): TestimonyError {
  try {
    run();
  } catch (error) {
    if (error instanceof TestimonyError) return error;
    throw error;
  }
  throw new Error('expected a TestimonyError');
}

const A = sha256Hex('token-a');
const B = sha256Hex('token-b');

describe('token hashes', () => {
  it('parses commas, lines, comments and blank lines, and lower-cases', () => {
    const text = `# team tokens\n${A.toUpperCase()}, ${B}  # analysts\n\n  \n`;
    expect(parseTokenHashes(text, 'file')).toEqual([A, B]);
    expect(parseTokenHashes('', 'X')).toEqual([]);
  });

  it('refuses what is not a hash (a token pasted by mistake), naming where and which line', () => {
    const error = thrown(() =>
      parseTokenHashes(`${A}\nmy-secret-token`, 'TESTIMONY_API_TOKENS_FILE=t'),
    );
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('TESTIMONY_API_TOKENS_FILE=t, line 2');
    expect(error.hint).toContain('testimony token');
  });

  it('newToken gives a 256-bit token and its SHA-256', () => {
    const { token, hash } = newToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hash).toBe(sha256Hex(token));
    expect(newToken().token).not.toBe(token);
  });

  it('accepts exactly the tokens whose hash is configured', async () => {
    const auth = tokenHashAuthenticator([A, B]);
    expect(await auth.accepts('token-a')).toBe(true);
    expect(await auth.accepts('token-b')).toBe(true);
    expect(await auth.accepts('token-c')).toBe(false);
    expect(await auth.accepts(A)).toBe(false); // the hash itself is not a token
    expect(auth.summary).toBe('2 bearer token hashes');
  });

  it('reads Authorization: Bearer <token> only', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer ')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});

describe('the settings', () => {
  it('TESTIMONY_API_TOKEN_HASHES must be hashes', () => {
    expect(() => loadEnv({ TESTIMONY_API_TOKEN_HASHES: 'not-a-hash' })).toThrow(
      /TESTIMONY_API_TOKEN_HASHES=.*testimony token/s,
    );
    expect(loadEnv({ TESTIMONY_API_TOKEN_HASHES: `${A},${B}` }).TESTIMONY_API_TOKEN_HASHES).toBe(
      `${A},${B}`,
    );
  });

  it('a JWT key needs an issuer and an audience', () => {
    const error = thrown(() => loadEnv({ TESTIMONY_API_JWT_KEY_FILE: 'keys.json' }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('TESTIMONY_API_JWT_ISSUER');
    expect(error.message).toContain('TESTIMONY_API_JWT_AUDIENCE');
  });

  it('no setting means no authentication', async () => {
    expect(await loadApiAuth(loadEnv({}), () => {})).toBeUndefined();
  });
});

describe('the tokens file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-auth-'));
  const file = (name: string, text: string, mode: number) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    chmodSync(path, mode);
    return path;
  };

  it('is read with its comments; a private file gives no warning', async () => {
    const path = file('private', `# ops\n${A}\n`, 0o600);
    const warnings: string[] = [];
    const auth = await loadApiAuth(loadEnv({ TESTIMONY_API_TOKENS_FILE: path }), (w) =>
      warnings.push(w),
    );
    expect(await auth?.accepts('token-a')).toBe(true);
    expect(await auth?.accepts('token-b')).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('others may read it: a warning; others may write it: refused', async () => {
    const readable = file('readable', A, 0o644);
    const warnings: string[] = [];
    await loadApiAuth(loadEnv({ TESTIMONY_API_TOKENS_FILE: readable }), (w) => warnings.push(w));
    expect(warnings.join()).toContain('other users may read');
    const writable = file('writable', A, 0o666);
    await expect(
      loadApiAuth(loadEnv({ TESTIMONY_API_TOKENS_FILE: writable }), () => {}),
    ).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('write') });
  });

  it('a link to a private file of ours is followed (how Kubernetes mounts secrets)', async () => {
    const link = join(dir, 'link');
    symlinkSync(file('target', A, 0o600), link);
    const auth = await loadApiAuth(loadEnv({ TESTIMONY_API_TOKENS_FILE: link }), () => {});
    expect(await auth?.accepts('token-a')).toBe(true);
  });

  it("another user's file or link is refused (stat results stubbed: tests may run as root)", () => {
    const info = (uid: number, mode = 0o100600) =>
      ({ uid, mode, isFile: () => (mode & 0o170000) === 0o100000 }) as Stats;
    expect(fileDistrust(info(1000), info(1000), 1000)).toBeUndefined();
    expect(fileDistrust(info(0), info(0), 1000)).toBeUndefined();
    expect(fileDistrust(info(1000), info(1001), 1000)).toContain('uid 1001');
    expect(fileDistrust(info(1001), info(1000), 1000)).toMatch(/^it belongs to another user/);
    expect(fileDistrust(info(1000), info(1000, 0o100620), 1000)).toContain('write');
    expect(fileDistrust(info(1000), info(1000, 0o040700), 1000)).toContain('not a regular file');
  });

  it('a missing file is CONFIG_INVALID naming it', async () => {
    const path = join(dir, 'absent');
    await expect(
      loadApiAuth(loadEnv({ TESTIMONY_API_TOKENS_FILE: path }), () => {}),
    ).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining(path) });
  });
});

describe('JWT verification (a key pair made here; no network)', async () => {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const other = await generateKeyPair('ES256');
  const claims = { issuer: 'https://idp.example', audience: 'testimony' };
  const sign = (key: CryptoKey, edit: (jwt: SignJWT) => SignJWT = (j) => j) =>
    edit(
      new SignJWT({})
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(claims.issuer)
        .setAudience(claims.audience)
        .setExpirationTime('5m'),
    ).sign(key);

  it('a JWKS and a PEM key both verify; expired, wrong audience or issuer, bad signature do not', async () => {
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), alg: 'ES256' }] });
    for (const text of [jwks, await exportSPKI(publicKey)]) {
      const auth = jwtAuthenticator(parseJwtKey(text, 'key'), claims);
      expect(await auth.accepts(await sign(privateKey))).toBe(true);
      const past = Math.floor(Date.now() / 1000) - 60;
      expect(await auth.accepts(await sign(privateKey, (j) => j.setExpirationTime(past)))).toBe(
        false,
      );
      expect(await auth.accepts(await sign(privateKey, (j) => j.setAudience('other')))).toBe(false);
      expect(await auth.accepts(await sign(privateKey, (j) => j.setIssuer('https://evil')))).toBe(
        false,
      );
      expect(await auth.accepts(await sign(other.privateKey))).toBe(false);
      expect(await auth.accepts('not.a.jwt')).toBe(false);
    }
  });

  it('a JWKS URL (here a server on 127.0.0.1) is fetched and used', async () => {
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), alg: 'ES256' }] });
    const server = createServer((_req, res) =>
      res.setHeader('content-type', 'application/json').end(jwks),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const env = loadEnv({
        TESTIMONY_API_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
        TESTIMONY_API_JWT_ISSUER: claims.issuer,
        TESTIMONY_API_JWT_AUDIENCE: claims.audience,
      });
      const auth = await loadApiAuth(env, () => {});
      expect(await auth?.accepts(await sign(privateKey))).toBe(true);
      expect(await auth?.accepts(await sign(other.privateKey))).toBe(false);
    } finally {
      server.close();
    }
  });

  it('a token without an expiry is refused', async () => {
    const auth = jwtAuthenticator(parseJwtKey(await exportSPKI(publicKey), 'key'), claims);
    const forever = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(claims.issuer)
      .setAudience(claims.audience)
      .sign(privateKey);
    expect(await auth.accepts(forever)).toBe(false);
  });

  it('refuses a private key, and what is no key', async () => {
    const pkcs8 = await exportPKCS8(privateKey);
    expect(thrown(() => parseJwtKey(pkcs8, 'k')).message).toContain('private key');
    expect(thrown(() => parseJwtKey('{"nokeys": 1}', 'k')).message).toContain('"keys"');
    expect(thrown(() => parseJwtKey('hello', 'k')).code).toBe('CONFIG_INVALID');
  });
});

describe('loopback or not', () => {
  it('127.0.0.0/8, ::1 in any spelling, and localhost are loopback', () => {
    for (const host of [
      '127.0.0.1',
      '127.1.2.3',
      '::1',
      '[::1]',
      '0:0:0:0:0:0:0:1',
      '::ffff:127.0.0.1',
      'localhost',
      'LOCALHOST',
      'localhost.',
    ])
      expect(isLoopbackHost(host), host).toBe(true);
  });

  it('every other address or name is not', () => {
    for (const host of [
      '0.0.0.0',
      '::',
      '128.0.0.1',
      '10.0.0.1',
      '192.168.1.10',
      '::ffff:10.0.0.1',
      'fe80::1',
      'example.com',
      'localhost.example.com',
      '127.0.0.1.nip.io',
    ])
      expect(isLoopbackHost(host), host).toBe(false);
  });

  it('an open API: silent on loopback, refused beyond it, a loud warning with --insecure', () => {
    expect(openApiWarning('127.0.0.1', false, false)).toBeUndefined();
    expect(openApiWarning('0.0.0.0', true, false)).toBeUndefined();
    const refused = thrown(() => openApiWarning('0.0.0.0', false, false));
    expect(refused).toMatchObject({ code: 'AUTH_REQUIRED', exitCode: 2 });
    expect(refused.hint).toContain('TESTIMONY_API_TOKEN_HASHES');
    expect(refused.hint).toContain('--insecure');
    expect(openApiWarning('0.0.0.0', false, true)).toMatch(
      /WARNING.*0\.0\.0\.0.*NO authentication/,
    );
  });
});
