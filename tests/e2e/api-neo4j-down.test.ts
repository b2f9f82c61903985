import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningApi, startApi } from '../../src/api/index.js';
import { gql } from '../support/api.js';
import { LOCAL_JVM_ONLY, withoutLocalJvm } from '../support/neo4j.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

// Stops and restarts a local instance of its own, which only the local-JVM strategy can start.
describe.skipIf(withoutLocalJvm())(
  `Neo4j stops while the API runs (its own local instance, so the shared one is untouched) ${LOCAL_JVM_ONLY}`,
  () => {
    let own: OwnNeo4j | undefined;
    let api: RunningApi | undefined;

    afterAll(async () => {
      await api?.stop();
      await own?.stop();
    });

    it('fails fast with SERVICE_UNAVAILABLE, /ready says not ready, and answers again once Neo4j is back', async () => {
      own = await startOwnNeo4j('api-down');
      api = await startApi({
        driver: own.driver,
        database: own.neo4j.coordinates.database,
        host: '127.0.0.1',
        port: 0,
        queryTimeoutMs: 5000,
      });
      expect((await gql(api, '{ stats { nodes } }')).errors).toBeUndefined();
      expect((await fetch(`${api.url}/ready`)).status).toBe(200);

      await own.neo4j.stop();
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

      await own.restart();
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
