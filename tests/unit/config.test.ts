import { describe, expect, it } from 'vitest';
import * as config from '../../src/config/index.js';
import { loadEnv } from '../../src/config/env.js';
import { redactUri } from '../../src/config/redact.js';
import { TestimonyError } from '../../src/errors.js';

function configError(env: Record<string, string>): TestimonyError {
  try {
    loadEnv(env);
  } catch (error) {
    if (error instanceof TestimonyError) return error;
  }
  throw new Error('expected a TestimonyError');
}

describe('loadEnv', () => {
  it('gives the documented defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      NEO4J_USERNAME: 'neo4j',
      NEO4J_DATABASE: 'neo4j',
      TESTIMONY_NEO4J_BOLT_PORT: 7687,
      TESTIMONY_NEO4J_HTTP_PORT: 7474,
      TESTIMONY_NEO4J_INSTANCE: 'default',
    });
    expect(env.NEO4J_URI).toBeUndefined();
  });

  it('accepts the URI schemes of clusters and Aura', () => {
    for (const uri of [
      'neo4j://db:7687',
      'neo4j+s://abc.databases.neo4j.io',
      'bolt://localhost:7687',
      'bolt+ssc://h',
    ]) {
      expect(loadEnv({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadEnv({ NEO4J_URI: '' }).NEO4J_URI).toBeUndefined();
  });

  it('lists every invalid variable with its value, not just the first', () => {
    const error = configError({
      NEO4J_URI: 'http://localhost:7474',
      TESTIMONY_NEO4J_HTTP_PORT: '70000',
      TESTIMONY_NEO4J_HEAP: 'lots',
    });
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('NEO4J_URI="http://localhost:7474"');
    expect(error.message).toContain('TESTIMONY_NEO4J_HTTP_PORT="70000"');
    expect(error.message).toContain('TESTIMONY_NEO4J_HEAP="lots"');
  });

  it('reads the sources settings: no root and 10 MB by default; a size in whole MB', () => {
    expect(loadEnv({})).toMatchObject({ TESTIMONY_SOURCE_MAX_MB: 10 });
    expect(loadEnv({}).TESTIMONY_SOURCES_ROOT).toBeUndefined();
    expect(
      loadEnv({ TESTIMONY_SOURCES_ROOT: '/srv/texts', TESTIMONY_SOURCE_MAX_MB: '50' }),
    ).toMatchObject({
      TESTIMONY_SOURCES_ROOT: '/srv/texts',
      TESTIMONY_SOURCE_MAX_MB: 50,
    });
    expect(configError({ TESTIMONY_SOURCE_MAX_MB: '0.5' }).message).toContain(
      'TESTIMONY_SOURCE_MAX_MB',
    );
  });
});

describe('redactUri', () => {
  it('hides the user information of a URI, whatever its password holds', () => {
    expect(redactUri('neo4j://bob:s3cret@db.example:7687')).toBe('neo4j://***@db.example:7687');
    expect(redactUri('neo4j+s://u:p@ss/w:rd@abc.databases.neo4j.io')).toBe(
      'neo4j+s://***@abc.databases.neo4j.io',
    );
    expect(redactUri('bolt://alice@h')).toBe('bolt://***@h');
  });

  it('hides them in a URI without `://` too, and keeps the rest of a well-formed one', () => {
    expect(redactUri('user:secret@host:7687')).toBe('***@host:7687');
    expect(redactUri('neo4j:/u:p@h')).toBe('***@h');
    expect(redactUri('neo4j://user:pass@host:7687/db?x=1')).toBe('neo4j://***@host:7687/db?x=1');
  });

  it('leaves a URI without credentials as it is', () => {
    expect(redactUri('neo4j://127.0.0.1:7687')).toBe('neo4j://127.0.0.1:7687');
    expect(redactUri('neo4j+s://abc.databases.neo4j.io?policy=eu')).toBe(
      'neo4j+s://abc.databases.neo4j.io?policy=eu',
    );
  });

  it('is used for an invalid NEO4J_URI in the configuration error', () => {
    const error = configError({ NEO4J_URI: 'http://bob:s3cret@db:7474' });
    expect(error.message).toContain('NEO4J_URI="http://***@db:7474"');
    expect(error.message).not.toContain('s3cret');
  });
});

describe('secrets in the configuration error', () => {
  const token = 'kq3X9vTtoken-pasted-instead-of-its-hash_0123456789';

  it('a token pasted for its hash is refused, and shown by a short prefix only', () => {
    const error = configError({ TESTIMONY_API_TOKEN_HASHES: token });
    expect(error.message).toContain('TESTIMONY_API_TOKEN_HASHES="kq3X…"');
    expect(error.message).toContain('testimony token');
    expect(error.message).not.toContain(token.slice(0, 8));
  });

  it('the variable is checked as a tokens file is: comments and newlines allowed', () => {
    const hash = 'ab'.repeat(32);
    const text = `${hash.toUpperCase()} # ops\n${hash},`;
    expect(loadEnv({ TESTIMONY_API_TOKEN_HASHES: text }).TESTIMONY_API_TOKEN_HASHES).toBe(text);
    expect(config.parseTokenHashes(text, 'X')).toEqual([hash, hash]);
  });
});

describe('TESTIMONY_API_JWKS_URL', () => {
  const issuer = { TESTIMONY_API_JWT_ISSUER: 'i', TESTIMONY_API_JWT_AUDIENCE: 'a' };

  it('must be https, except to this machine', () => {
    for (const url of ['https://idp.example/jwks', 'http://127.0.0.1:9000/k', 'http://[::1]/k'])
      expect(loadEnv({ ...issuer, TESTIMONY_API_JWKS_URL: url }).TESTIMONY_API_JWKS_URL).toBe(url);
    const error = configError({ ...issuer, TESTIMONY_API_JWKS_URL: 'http://idp.example/jwks' });
    expect(error.message).toContain('https://');
  });
});

describe('the local server has no default password', () => {
  it('leaves NEO4J_PASSWORD unset when the environment does not set it', () => {
    expect(loadEnv({}).NEO4J_PASSWORD).toBeUndefined();
    expect(Object.keys(config)).not.toContain('LOCAL_DEV_PASSWORD');
  });
});
