import { describe, expect, it } from 'vitest';
import { baseEnv, runCli } from '../support/cli.js';
import { testCoordinates } from '../support/neo4j.js';

describe('testimony serve, where it cannot listen', () => {
  // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of this machine, and binding sends nothing.
  it('an API host not on this machine is PORT_DENIED (exit 2), not a Neo4j failure', async () => {
    const { uri, username, password } = testCoordinates();
    // --insecure: without it (and with no token configured) the host is refused before listening.
    const run = await runCli(
      ['serve', '--insecure'],
      baseEnv({
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
        TESTIMONY_API_HOST: '192.0.2.1',
        TESTIMONY_API_PORT: '4000',
      }),
    );
    expect(run.stderr).toContain('[PORT_DENIED]');
    expect(run.stderr).toContain('port 4000 on 192.0.2.1');
    expect(run.stderr).toContain('TESTIMONY_API_HOST');
    expect(run.stderr).not.toContain('Could not reach Neo4j');
    expect(run.code).toBe(2);
  });
});
