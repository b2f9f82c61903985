import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningApi, startApi } from '../../src/api/index.js';
import { loadEnv } from '../../src/config/index.js';
import { silentReporter } from '../../src/log.js';
import { createDriver } from '../../src/neo4j/index.js';
import {
  freePort,
  localLayout,
  type ProvisionedNeo4j,
  startLocalJvm,
} from '../../src/neo4j/provision/index.js';
import { gql } from '../support/api.js';
import { LOCAL_JVM_ONLY, withoutLocalJvm } from '../support/neo4j.js';

// Stops and restarts a local instance of its own, which only the local-JVM strategy can start.
describe.skipIf(withoutLocalJvm())(
  `Neo4j stops while the API runs (its own local instance, so the shared one is untouched) ${LOCAL_JVM_ONLY}`,
  () => {
    let neo4j: ProvisionedNeo4j | undefined;
    let api: RunningApi | undefined;
    let driver: ReturnType<typeof createDriver> | undefined;
    let env: ReturnType<typeof loadEnv>;

    afterAll(async () => {
      await api?.stop();
      await driver?.close();
      await neo4j?.stop();
      if (env) await rm(localLayout(env).instance, { recursive: true, force: true });
    });

    it('fails fast with SERVICE_UNAVAILABLE, /ready says not ready, and answers again once Neo4j is back', async () => {
      env = loadEnv({
        ...process.env,
        TESTIMONY_NEO4J_INSTANCE: `api-down-${process.pid}`,
        TESTIMONY_NEO4J_BOLT_PORT: String(await freePort()),
        TESTIMONY_NEO4J_HTTP_PORT: String(await freePort()),
        NEO4J_URI: '',
      });
      neo4j = await startLocalJvm(env, silentReporter);
      driver = createDriver(neo4j.coordinates);
      api = await startApi({
        driver,
        database: neo4j.coordinates.database,
        host: '127.0.0.1',
        port: 0,
        queryTimeoutMs: 5000,
      });
      expect((await gql(api, '{ stats { nodes } }')).errors).toBeUndefined();
      expect((await fetch(`${api.url}/ready`)).status).toBe(200);

      await neo4j.stop();
      const started = Date.now();
      // Not a timing assertion: gql() gives up after 60 s, and a hung request fails the test there.
      const down = await gql(api, '{ stats { nodes } }');
      console.info(`request with Neo4j down answered in ${Date.now() - started} ms`);
      expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(down)).not.toMatch(
        /Neo4jError|ServiceUnavailable|routing|ECONNREFUSED/,
      );
      const ready = await fetch(`${api.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ ready: false, neo4j: 'unreachable' });
      expect((await fetch(`${api.url}/health`)).status).toBe(200);

      neo4j = await startLocalJvm(env, silentReporter);
      let back = await gql(api, '{ stats { nodes } }');
      for (let attempt = 0; attempt < 30 && back.errors; attempt += 1) {
        await sleep(1000);
        back = await gql(api, '{ stats { nodes } }');
      }
      expect(back.errors).toBeUndefined();
      expect((await fetch(`${api.url}/ready`)).status).toBe(200);
      // A hang guard, not a timing claim: this test starts a Neo4j of its own twice.
    }, 300_000);
  },
);
