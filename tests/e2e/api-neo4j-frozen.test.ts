import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningApi, startApi } from '../../src/api/index.js';
import { loadEnv } from '../../src/config/index.js';
import type { Reporter } from '../../src/log.js';
import { createDriver } from '../../src/neo4j/index.js';
import {
  freePort,
  localLayout,
  type ProvisionedNeo4j,
  startLocalJvm,
} from '../../src/neo4j/provision/index.js';
import { gql, type GraphQLResponse } from '../support/api.js';
import { LOCAL_JVM_ONLY, withoutLocalJvm } from '../support/neo4j.js';

const QUERY_TIMEOUT_MS = 2_000;
/** The promise: a coded answer within the query timeout plus 1 s (plus scheduling slack on a busy machine). */
const DEADLINE_MS = QUERY_TIMEOUT_MS + 1_000;
const SLACK_MS = 1_500;

/** A reporter that keeps the launcher's pid from its "ready" line (the provisioner prints it). */
function pidReporter(): Reporter & { pid: () => number | undefined } {
  let pid: number | undefined;
  return {
    info: (message) => {
      const match = /\(pid (\d+)\)/.exec(message);
      if (match?.[1]) pid = Number(match[1]);
    },
    progress: () => undefined,
    pid: () => pid,
  };
}

/** The errors of the last of up to 30 tries a second apart (undefined: it answered). */
async function answersAgain(api: RunningApi) {
  let response = await gql(api, '{ stats { nodes } }');
  for (let attempt = 0; attempt < 30 && response.errors; attempt += 1) {
    await sleep(1000);
    response = await gql(api, '{ stats { nodes } }');
  }
  return response.errors;
}

async function timed(api: RunningApi) {
  const started = performance.now();
  const response: GraphQLResponse = await gql(api, '{ stats { nodes } }');
  return { response, ms: performance.now() - started };
}

// Freezes a local instance of its own (SIGSTOP on its JVM), which only the local-JVM strategy starts.
describe.skipIf(withoutLocalJvm())(
  `Neo4j frozen (SIGSTOP) while the API runs: every request has a deadline ${LOCAL_JVM_ONLY}`,
  () => {
    let neo4j: ProvisionedNeo4j | undefined;
    let api: RunningApi | undefined;
    let driver: ReturnType<typeof createDriver> | undefined;
    let env: ReturnType<typeof loadEnv> | undefined;

    afterAll(async () => {
      await api?.stop();
      await driver?.close();
      await neo4j?.stop();
      if (env) await rm(localLayout(env).instance, { recursive: true, force: true });
    });

    it('requests in flight and arriving during the freeze get a coded answer within the deadline', async () => {
      env = loadEnv({
        ...process.env,
        TESTIMONY_NEO4J_INSTANCE: `api-frozen-${process.pid}`,
        TESTIMONY_NEO4J_BOLT_PORT: String(await freePort()),
        TESTIMONY_NEO4J_HTTP_PORT: String(await freePort()),
        NEO4J_URI: '',
      });
      const reporter = pidReporter();
      neo4j = await startLocalJvm(env, reporter);
      const pid = reporter.pid();
      expect(pid, 'the provisioner reported the JVM pid').toBeDefined();
      driver = createDriver(neo4j.coordinates);
      api = await startApi({
        driver,
        database: neo4j.coordinates.database,
        host: '127.0.0.1',
        port: 0,
        queryTimeoutMs: QUERY_TIMEOUT_MS,
      });
      // A just-started server on a busy machine may miss the first deadlines (routing, planning).
      expect(await answersAgain(api)).toBeUndefined();

      let answers: Awaited<ReturnType<typeof timed>>[];
      // The pid is Neo4j's launcher, which leads the process group of the server JVM: freeze both.
      const group = -(pid as number);
      process.kill(group, 'SIGSTOP');
      try {
        // The first takes the pooled connection (its read hangs in flight); the later ones arrive
        // during the freeze and need new connections, which the frozen server never accepts.
        const inFlight = timed(api);
        await sleep(500);
        answers = await Promise.all([inFlight, timed(api), timed(api)]);
      } finally {
        process.kill(group, 'SIGCONT');
      }
      for (const { response, ms } of answers) {
        console.info(
          `frozen Neo4j: ${String(response.errors?.[0]?.extensions?.code)} after ${ms.toFixed(0)} ms`,
        );
        expect(['SERVICE_UNAVAILABLE', 'QUERY_TIMEOUT']).toContain(
          response.errors?.[0]?.extensions?.code,
        );
        expect(JSON.stringify(response)).not.toMatch(/Neo4jError|acquisition|\.js:/);
        expect(ms).toBeLessThan(DEADLINE_MS + SLACK_MS);
      }

      // The abandoned reads were released: once Neo4j runs again the API answers.
      expect(await answersAgain(api)).toBeUndefined();
      // A hang guard, not a timing claim: this test starts a Neo4j of its own.
    }, 300_000);
  },
);
