import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/index.js';
import { silentReporter } from '../../src/log.js';
import { ensureNeo4jLib } from '../../src/neo4j/provision/local-jvm/assemble.js';
import { renderNeo4jConf } from '../../src/neo4j/provision/local-jvm/conf.js';
import { setInitialPassword } from '../../src/neo4j/provision/local-jvm/initial-password.js';
import { localLayout } from '../../src/neo4j/provision/index.js';
import { findJava } from '../../src/neo4j/provision/local-jvm/prerequisites.js';
import { childEnv, runChild } from '../support/spawn.js';
import { LOCAL_JVM_ONLY, withoutLocalJvm } from '../support/neo4j.js';

// Runs neo4j-admin's validate-config with Java on the Maven-built jars.
describe.skipIf(withoutLocalJvm())(`the generated neo4j.conf ${LOCAL_JVM_ONLY}`, () => {
  it("passes Neo4j's own strict validation (an unknown setting would stop the server)", async () => {
    const layout = localLayout(loadEnv({ TESTIMONY_NEO4J_INSTANCE: 'conf-check' }));
    await ensureNeo4jLib(layout, silentReporter);
    const conf = mkdtempSync(join(tmpdir(), 'testimony-conf-'));
    writeFileSync(
      join(conf, 'neo4j.conf'),
      renderNeo4jConf(layout, {
        boltPort: 17001,
        httpPort: 17002,
        heap: '512m',
        pageCache: '256m',
      }),
    );
    const run = await runChild(
      findJava().path,
      [
        '-cp',
        join(layout.lib, '*'),
        'org.neo4j.server.startup.Neo4jAdminCommand',
        'server',
        'validate-config',
      ],
      { env: childEnv({ inherit: true, set: { NEO4J_HOME: layout.home, NEO4J_CONF: conf } }) },
    );
    expect(run.code, run.all).toBe(0);
    expect(run.all).not.toMatch(/Unrecognized setting/);
  });
});

describe.skipIf(withoutLocalJvm())(`neo4j-admin set-initial-password ${LOCAL_JVM_ONLY}`, () => {
  it('takes a password that starts with "-" (1 in 64 random ones) as the password', async () => {
    const shared = localLayout(loadEnv({ TESTIMONY_NEO4J_INSTANCE: 'conf-check' }));
    await ensureNeo4jLib(shared, silentReporter);
    const instance = mkdtempSync(join(tmpdir(), 'testimony-initial-pw-'));
    const layout = { ...shared, instance, conf: instance, data: join(instance, 'data') };
    layout.authFile = join(layout.data, 'dbms', 'auth.ini');
    writeFileSync(
      join(layout.conf, 'neo4j.conf'),
      renderNeo4jConf(layout, {
        boltPort: 17001,
        httpPort: 17002,
        heap: '512m',
        pageCache: '256m',
      }),
    );
    await setInitialPassword(layout, findJava().path, {
      source: 'file',
      password: '-starts-with-a-dash',
    });
    expect(existsSync(layout.authFile)).toBe(true);
  });
});
