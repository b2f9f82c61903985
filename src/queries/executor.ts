import neo4j, { type Driver, type EagerResult } from 'neo4j-driver';
import { TestimonyError } from '../errors.js';
import { logger } from '../log.js';
import { classifyDriverError, toNeo4j } from '../neo4j/index.js';
import { toPlain } from './plain.js';
import { queryText, type QueryName } from './registry.js';

const log = logger('queries');

export type Row = Record<string, unknown>;

export interface ExecutorOptions {
  database: string;
  /** Per-transaction timeout: a runaway query is stopped by the server. */
  timeoutMs: number;
}

/**
 * A read's own deadline past its transaction timeout. The server enforces the timeout; a server
 * that does not answer at all (frozen, a dead link) enforces nothing, and only this ends the wait.
 */
export const READ_GRACE_MS = 500;

/**
 * The one way Testimony reads: every named query as a READ transaction routed to a reader
 * (so neo4j:// works against clusters and Aura), under a timeout, with the query's name in the
 * transaction metadata (visible in SHOW TRANSACTIONS and the query log). Rows come back plain.
 */
export class QueryExecutor {
  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
    /** Shared by the executors withDeadline() derives, so the count is the whole API's. */
    private readonly counter = { roundTrips: 0 },
    /** The caller's deadline (an API request's), besides each read's own. */
    private readonly deadline?: AbortSignal,
  ) {}

  /** Round trips so far: tests use it to show that requests are not N+1. */
  get roundTrips(): number {
    return this.counter.roundTrips;
  }

  get database(): string {
    return this.options.database;
  }

  /** This executor, with every read also ending when `deadline` aborts (an API request's). */
  withDeadline(deadline: AbortSignal): QueryExecutor {
    return new QueryExecutor(this.driver, this.options, this.counter, deadline);
  }

  async read(name: QueryName, params: Record<string, unknown>): Promise<Row[]> {
    if (this.deadline?.aborted) throw requestTimedOut(name);
    this.counter.roundTrips += 1;
    const started = Date.now();
    const result = await this.readUntilDeadline(name, params).catch((error: unknown) => {
      throw classifyDriverError(error, { query: { name, origin: 'named' } }) ?? error;
    });
    log.debug({ query: name, rows: result.records.length, ms: Date.now() - started }, 'read');
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  /**
   * The driver's read, raced against the deadlines. Aborting the signal makes the driver close
   * the session (no retry, the connection reset and back in the pool once the server answers);
   * the abandoned promise's late outcome settles an already settled promise, so nothing is left
   * unhandled.
   */
  private readUntilDeadline(name: QueryName, params: Record<string, unknown>) {
    const own = AbortSignal.timeout(this.options.timeoutMs + READ_GRACE_MS);
    const signal = this.deadline ? AbortSignal.any([own, this.deadline]) : own;
    // queryText fills the hop bound of the path queries from params.maxHops (hop-bound.ts).
    const work = this.driver.executeQuery(queryText(name, params), toNeo4j(params), {
      database: this.options.database,
      routing: neo4j.routing.READ,
      transactionConfig: {
        timeout: this.options.timeoutMs,
        metadata: { app: 'testimony', query: name },
      },
      signal,
    });
    return new Promise<EagerResult>((resolve, reject) => {
      const onAbort = () => {
        reject(own.aborted ? neo4jSilent(name, this.options.timeoutMs) : requestTimedOut(name));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }
}

/** Neo4j did not even enforce its own timeout: it does not answer (frozen, overloaded, cut off). */
function neo4jSilent(name: QueryName, timeoutMs: number): TestimonyError {
  return new TestimonyError(
    'NEO4J_UNREACHABLE',
    `Neo4j did not answer query ${name} within ${timeoutMs + READ_GRACE_MS} ms (its transaction timeout is ${timeoutMs} ms).`,
    { hint: 'Check that the Neo4j server is running and responsive (its log, its host).' },
  );
}

/** The caller's deadline (an API request's) passed: the request as a whole took too long. */
function requestTimedOut(name: QueryName): TestimonyError {
  return new TestimonyError(
    'QUERY_TIMEOUT',
    `The request ran past its deadline before query ${name} finished.`,
    {
      hint: 'Ask for less at once (fewer hops, a smaller page), or raise TESTIMONY_QUERY_TIMEOUT_MS.',
    },
  );
}
