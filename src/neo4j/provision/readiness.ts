import { setTimeout as sleep } from 'node:timers/promises';
import { TestimonyError } from '../../errors.js';
import { isAuthError, toTestimonyError, verifyNeo4j, type Neo4jCoordinates } from '../driver.js';
import { probeHttpPort } from './ports.js';

export interface ReadinessCheck {
  coordinates: Neo4jCoordinates;
  httpHost: string;
  httpPort: number;
  timeoutMs: number;
  /** Set when the server process has died: waiting longer is pointless. */
  exited: () => string | undefined;
  /** Recent server output, for the error when it never comes up. */
  logTail: () => string;
  /** Aborted on Ctrl-C: stop waiting so the caller can stop the half-started server. */
  signal?: AbortSignal | undefined;
}

const POLL_MS = 500;

/** Two stages, as Neo4j's own docs suggest: HTTP discovery answers, then `RETURN 1` over Bolt. */
export async function waitUntilReady(check: ReadinessCheck): Promise<void> {
  const deadline = Date.now() + check.timeoutMs;
  await pollUntil(
    check,
    deadline,
    async () => (await probeHttpPort(check.httpHost, check.httpPort)).kind === 'neo4j',
  );
  await pollUntil(check, deadline, async () => {
    try {
      await verifyNeo4j(check.coordinates);
      return true;
    } catch (error) {
      // Wrong credentials will not get better by waiting.
      if (error instanceof TestimonyError && error.code === 'NEO4J_AUTH_FAILED') throw error;
      if (isAuthError(error)) throw toTestimonyError(error, check.coordinates);
      return false;
    }
  });
}

async function pollUntil(
  check: ReadinessCheck,
  deadline: number,
  ready: () => Promise<boolean>,
): Promise<void> {
  for (;;) {
    if (check.signal?.aborted)
      throw new TestimonyError('INTERRUPTED', 'Interrupted while waiting for Neo4j to start.');
    const exit = check.exited();
    if (exit !== undefined) {
      throw new TestimonyError(
        'NEO4J_START_FAILED',
        `Neo4j exited before it was ready (${exit}). Its last output:\n${check.logTail()}`,
        {
          hint: 'Read the output above; the full logs are in the instance folder under TESTIMONY_NEO4J_HOME.',
        },
      );
    }
    if (await ready()) return;
    if (Date.now() > deadline) {
      throw new TestimonyError(
        'NEO4J_START_TIMEOUT',
        `Neo4j was not ready within ${Math.round(check.timeoutMs / 1000)} s. Its last output:\n${check.logTail()}`,
        {
          hint: 'Raise TESTIMONY_NEO4J_START_TIMEOUT_S on a slow machine, or read the logs in the instance folder.',
        },
      );
    }
    await sleep(POLL_MS);
  }
}
