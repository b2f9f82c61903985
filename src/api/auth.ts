import { createHash, createPublicKey, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, readFile, stat } from 'node:fs/promises';
import { BlockList, isIPv6 } from 'node:net';
import type { RequestHandler } from 'express';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { type Env, parseTokenHashes } from '../config/index.js';
import { TestimonyError } from '../errors.js';
import { logger } from '../log.js';

export { parseTokenHashes } from '../config/index.js';

/** Says whether a bearer token may read the API. */
export interface Authenticator {
  /** What is configured, for the startup message: never a token or a hash. */
  summary: string;
  accepts(token: string): Promise<boolean>;
}

const HOW_TO_CONFIGURE =
  'Run `testimony token` and set TESTIMONY_API_TOKEN_HASHES to the hash it prints (or list hashes in TESTIMONY_API_TOKENS_FILE, or verify JWTs with TESTIMONY_API_JWT_KEY_FILE or TESTIMONY_API_JWKS_URL plus TESTIMONY_API_JWT_ISSUER and TESTIMONY_API_JWT_AUDIENCE)';

export function sha256Hex(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new random token (256 bits, URL-safe) and the hash the API is configured with. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256Hex(token) };
}

/** Static tokens: the request's token is hashed and compared with every hash in constant time. */
export function tokenHashAuthenticator(hashes: string[]): Authenticator {
  const known = hashes.map((hash) => Buffer.from(hash, 'hex'));
  return {
    summary: `${known.length} bearer token hash${known.length === 1 ? '' : 'es'}`,
    accepts(token) {
      const digest = createHash('sha256').update(token, 'utf8').digest();
      // No early exit: the time taken says nothing about which hash (if any) matched.
      let matched = false;
      for (const hash of known) matched = timingSafeEqual(digest, hash) || matched;
      return Promise.resolve(matched);
    },
  };
}

// Public-key algorithms only: a shared secret (HS*) would let anyone holding the key file mint tokens.
const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
];

type VerifyKey = Parameters<typeof jwtVerify>[1];

/** JWTs signed by the configured key(s), for this issuer and audience, not expired. */
export function jwtAuthenticator(
  key: VerifyKey,
  claims: { issuer: string; audience: string },
): Authenticator {
  const log = logger('api');
  return {
    summary: `JWTs from ${claims.issuer} for ${claims.audience}`,
    async accepts(token) {
      try {
        await jwtVerify(token, key, { ...claims, algorithms: ALGORITHMS, requiredClaims: ['exp'] });
        return true;
      } catch (error) {
        // Why a token was refused is for the operator's log, never for the client.
        log.debug({ reason: (error as { code?: string }).code }, 'JWT refused');
        return false;
      }
    },
  };
}

/** Accepts a token if any of the configured authenticators does. */
function anyOf(authenticators: Authenticator[]): Authenticator {
  return {
    summary: authenticators.map((a) => a.summary).join(' or '),
    async accepts(token) {
      for (const a of authenticators) if (await a.accepts(token)) return true;
      return false;
    },
  };
}

/** A key file: a JWKS (JSON with `keys`) or a PEM public key. Never a private key. */
export function parseJwtKey(text: string, where: string): VerifyKey {
  const fail = (why: string) =>
    new TestimonyError('CONFIG_INVALID', `${where}: ${why}`, {
      hint: 'Give the issuer’s public keys: its JWKS document, or a PEM "PUBLIC KEY".',
    });
  if (text.includes('PRIVATE KEY'))
    throw fail('holds a private key; the API needs only the public one.');
  if (text.trimStart().startsWith('{')) {
    let jwks: JSONWebKeySet;
    try {
      jwks = JSON.parse(text) as JSONWebKeySet;
    } catch {
      throw fail('is not valid JSON.');
    }
    if (!Array.isArray(jwks.keys)) throw fail('is JSON without a "keys" array (not a JWKS).');
    return createLocalJWKSet(jwks);
  }
  try {
    return createPublicKey(text);
  } catch {
    throw fail('is neither a JWKS nor a PEM public key.');
  }
}

/**
 * Why a settings file may not be trusted, or undefined: another user's file or link (they can
 * rewrite it, or re-point it), or a file others may write. `link` is the path itself (lstat),
 * `file` what it leads to (stat): a link is followed (Kubernetes mounts secrets as links) only
 * when both are ours. Owner 0 is allowed: root can change any file anyway.
 */
export function fileDistrust(
  link: Stats,
  file: Stats,
  uid: number | undefined,
): string | undefined {
  if (!file.isFile()) return 'is not a regular file';
  for (const [info, what] of [
    [link, 'it'],
    [file, 'the file it links to'],
  ] as const)
    if (uid !== undefined && info.uid !== uid && info.uid !== 0)
      return `${what} belongs to another user (uid ${info.uid}), who could change it`;
  if (file.mode & 0o022) return 'other users may write to this file';
  return undefined;
}

/** The file's text; refuses a file others may change (they could add a token), warns if others may read it. */
async function readConfigFile(
  path: string,
  variable: string,
  warn: (message: string) => void,
): Promise<string> {
  const where = `${variable}=${path}`;
  const [link, info] = await Promise.all([lstat(path), stat(path)]).catch((error: unknown) => {
    throw new TestimonyError('CONFIG_INVALID', `${where}: cannot read the file.`, {
      hint: 'Point the variable at an existing, readable file.',
      cause: error,
    });
  });
  const distrust = fileDistrust(link, info, process.getuid?.());
  if (distrust)
    throw new TestimonyError('CONFIG_INVALID', `${where}: ${distrust}.`, {
      hint: `Anyone who can change it can let themselves in: keep it a file of your own, chmod 600 ${path}`,
    });
  if (info.mode & 0o044)
    warn(`Warning: ${where}: other users may read this file (chmod 600 ${path}).`);
  return readFile(path, 'utf8');
}

/** The API's authentication as the environment configures it; undefined if none is. */
export async function loadApiAuth(
  env: Env,
  warn: (message: string) => void,
): Promise<Authenticator | undefined> {
  const hashes = parseTokenHashes(
    env.TESTIMONY_API_TOKEN_HASHES ?? '',
    'TESTIMONY_API_TOKEN_HASHES',
  );
  const file = env.TESTIMONY_API_TOKENS_FILE;
  if (file) {
    const where = `TESTIMONY_API_TOKENS_FILE=${file}`;
    hashes.push(
      ...parseTokenHashes(await readConfigFile(file, 'TESTIMONY_API_TOKENS_FILE', warn), where),
    );
  }
  const all: Authenticator[] = hashes.length > 0 ? [tokenHashAuthenticator(hashes)] : [];
  const key = await jwtKey(env, warn);
  if (key && env.TESTIMONY_API_JWT_ISSUER && env.TESTIMONY_API_JWT_AUDIENCE)
    all.push(
      jwtAuthenticator(key, {
        issuer: env.TESTIMONY_API_JWT_ISSUER,
        audience: env.TESTIMONY_API_JWT_AUDIENCE,
      }),
    );
  return all.length === 0 ? undefined : anyOf(all);
}

async function jwtKey(env: Env, warn: (message: string) => void): Promise<VerifyKey | undefined> {
  if (env.TESTIMONY_API_JWKS_URL) return createRemoteJWKSet(new URL(env.TESTIMONY_API_JWKS_URL));
  const file = env.TESTIMONY_API_JWT_KEY_FILE;
  if (!file) return undefined;
  const text = await readConfigFile(file, 'TESTIMONY_API_JWT_KEY_FILE', warn);
  return parseJwtKey(text, `TESTIMONY_API_JWT_KEY_FILE=${file}`);
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Whether only this machine can reach `host`: 127.0.0.0/8, ::1 (any spelling), localhost. */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  if (name === 'localhost') return true;
  return isIPv6(name) ? LOOPBACK.check(name, 'ipv6') : LOOPBACK.check(name, 'ipv4');
}

/**
 * The rule for an API without authentication: fine on loopback (an analyst's laptop), refused
 * beyond it unless `insecure`; then the returned warning must be shown. Undefined: nothing to say.
 */
export function openApiWarning(
  host: string,
  authenticated: boolean,
  insecure: boolean,
): string | undefined {
  if (authenticated || isLoopbackHost(host)) return undefined;
  if (!insecure)
    throw new TestimonyError(
      'AUTH_REQUIRED',
      `The API would listen on ${host}, beyond this machine, with no authentication.`,
      {
        hint: `${HOW_TO_CONFIGURE}; or set TESTIMONY_API_HOST=127.0.0.1; or pass --insecure to serve it open anyway.`,
      },
    );
  return [
    '',
    '!!! WARNING: INSECURE: the GraphQL API listens on ' +
      host +
      ' with NO authentication (--insecure).',
    '!!! Anyone who can reach this port can read the whole graph.',
    `!!! ${HOW_TO_CONFIGURE}.`,
    '',
  ].join('\n');
}

/**
 * Before the API starts: its configured authentication, or the refusal (AUTH_REQUIRED) of an
 * open API beyond loopback; `warn` gets every warning (a readable token file, --insecure).
 */
export async function prepareApiAuth(
  env: Env,
  insecure: boolean,
  warn: (message: string) => void,
): Promise<Authenticator | undefined> {
  const auth = await loadApiAuth(env, warn);
  const warning = openApiWarning(env.TESTIMONY_API_HOST, auth !== undefined, insecure);
  if (warning) warn(warning);
  return auth;
}

/** The token in `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer +(\S+) *$/i.exec(header ?? '')?.[1];
}

/**
 * Express middleware: without an authenticator, everything passes (loopback, open); with one,
 * a request without an accepted bearer token gets 401, saying nothing of which tokens exist.
 */
export function requireToken(auth: Authenticator | undefined): RequestHandler {
  return (req, res, next) => {
    // A CORS preflight carries no credentials and gets no data.
    if (!auth || req.method === 'OPTIONS') return next();
    const token = bearerToken(req.get('authorization'));
    void (token ? auth.accepts(token) : Promise.resolve(false)).then((accepted) => {
      if (accepted) return next();
      const challenge = token
        ? 'Bearer realm="testimony", error="invalid_token"'
        : 'Bearer realm="testimony"';
      res
        .status(401)
        .set('WWW-Authenticate', challenge)
        .json({
          errors: [
            {
              message: token
                ? 'The bearer token was not accepted.'
                : 'This API needs a bearer token: send the header "Authorization: Bearer <token>".',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        });
    }, next);
  };
}
