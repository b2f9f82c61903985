import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningApi, startApi } from '../../src/api/index.js';
import type { Reporter } from '../../src/log.js';
import { gql, type GraphQLResponse } from '../support/api.js';
import { LOCAL_JVM_ONLY, withoutLocalJvm } from '../support/neo4j.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

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
    let own: OwnNeo4j | undefined;
    let api: RunningApi | undefined;

    afterAll(async () => {
      await api?.stop();
      await own?.stop();
    });

    it('requests in flight and arriving during the freeze get a coded answer within the deadline', async () => {
      const reporter = pidReporter();
      own = await startOwnNeo4j('api-frozen', {}, reporter);
      const pid = reporter.pid();
      expect(pid, 'the provisioner reported the JVM pid').toBeDefined();
      api = await startApi({
        driver: own.driver,
        database: own.neo4j.coordinates.database,
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
