import { describe, expect, it } from 'vitest';
import { withDefaults, DEFAULT_CONNECTION_LIMITS } from '../../../src/api/connections.js';
import { allowedHosts, normalizeHost } from '../../../src/api/edge.js';
import { inlineScriptHashes } from '../../../src/api/explorer.js';
import { loadEnv } from '../../../src/config/env.js';

describe('the Host allowlist', () => {
  it('serves loopback, the listen address unless a wildcard, and the configured names', () => {
    expect([...allowedHosts('0.0.0.0', ['API.example.org', '::1'])].sort()).toEqual(
      ['127.0.0.1', '[::1]', 'api.example.org', 'localhost'].sort(),
    );
    expect(allowedHosts('10.0.0.5').has('10.0.0.5')).toBe(true);
    expect(allowedHosts('::').has('[::]')).toBe(false);
  });

  it('brackets IPv6 literals as Express reports them', () => {
    expect(normalizeHost('::1')).toBe('[::1]');
    expect(normalizeHost('[::1]')).toBe('[::1]');
    expect(normalizeHost(' Example.ORG ')).toBe('example.org');
  });
});

describe('the explorer policy', () => {
  it('hashes each inline script up to its closing tag, whatever strings it holds', () => {
    const page = '<script>var a = "<script>";</script><p>x</p><script type="module">b()</SCRIPT>';
    const hashes = inlineScriptHashes(page);
    expect(hashes).toHaveLength(2);
    // sha256 of `b()`, computed independently (printf 'b()' | openssl dgst -sha256 -binary | base64).
    expect(hashes[1]).toBe("'sha256-cf242PFc/kb7xD0Qzhsmd9vvRkc+cWFmbi+k+YvtdKc='");
  });
});

describe('connection limits and their settings', () => {
  it('unset settings keep the defaults', () => {
    const env = loadEnv({ TESTIMONY_API_MAX_CONNECTIONS: '7' });
    const limits = withDefaults({
      maxConnections: env.TESTIMONY_API_MAX_CONNECTIONS,
      keepAliveTimeoutMs: env.TESTIMONY_API_KEEP_ALIVE_TIMEOUT_MS,
    });
    expect(limits).toEqual({ ...DEFAULT_CONNECTION_LIMITS, maxConnections: 7 });
  });

  it('TESTIMONY_API_ALLOWED_HOSTS is a comma-separated list of names without ports', () => {
    expect(
      loadEnv({ TESTIMONY_API_ALLOWED_HOSTS: 'a.example, 10.0.0.5' }).TESTIMONY_API_ALLOWED_HOSTS,
    ).toEqual(['a.example', '10.0.0.5']);
    expect(loadEnv({}).TESTIMONY_API_ALLOWED_HOSTS).toEqual([]);
    expect(() => loadEnv({ TESTIMONY_API_ALLOWED_HOSTS: 'a.example:4000' })).toThrow(
      /TESTIMONY_API_ALLOWED_HOSTS/,
    );
  });
});
