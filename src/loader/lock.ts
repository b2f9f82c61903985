import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { TestimonyError } from '../errors.js';
import type { Reporter } from '../log.js';
import { readCypher } from '../neo4j/index.js';

const LOCK = readCypher('load/lock.cypher');
const RUNNING = readCypher('load/running-seeds.cypher');

/** The metadata every seed transaction carries: how a seed finds another one running. */
export const SEED_TX_METADATA = { app: 'testimony', query: 'seed' } as const;

/** How long the lock may take before the seed says it is waiting for another one. */
const SAY_WAITING_AFTER_MS = 1000;

/** The write transactions of other seeds open now, oldest first (empty when none). */
export async function runningSeeds(
  driver: Driver,
  database: string,
): Promise<{ id: string; since: string }[]> {
  const { records } = await driver.executeQuery(
    RUNNING,
    { query: SEED_TX_METADATA.query },
    {
      database,
    },
  );
  return records.map((r) => ({ id: String(r.get('id')), since: String(r.get('since')) }));
}

/**
 * Refuses the seed when another one is writing and the user asked not to wait (`--no-wait`).
 * Two seeds started at the same moment may both pass this check: the lock then makes the
 * second wait, so the graph is never a mix of the two either way.
 */
export async function refuseIfSeeding(driver: Driver, database: string): Promise<void> {
  const [other] = await runningSeeds(driver, database);
  if (!other) return;
  throw new TestimonyError(
    'SEED_LOCKED',
    `Another seed is writing to ${database} (transaction ${other.id}, since ${other.since}); nothing was written.`,
    {
      hint: 'Wait for it to finish and run again, or leave out --no-wait to wait for it. A seed that was killed holds nothing: Neo4j rolls its transaction back when its connection drops.',
    },
  );
}

/**
 * Takes the seed lock as the transaction's first statement: a second seed blocks here until the
 * first commits or rolls back, so their reads and writes never interleave (see lock.cypher).
 */
export async function takeSeedLock(tx: ManagedTransaction, reporter: Reporter): Promise<void> {
  const timer = setTimeout(
    () => reporter.info('seed: another seed is writing; waiting for it to finish…'),
    SAY_WAITING_AFTER_MS,
  );
  try {
    await tx.run(LOCK, { id: 'seed' });
  } finally {
    clearTimeout(timer);
  }
}
