import neo4j, { type Driver } from 'neo4j-driver';
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
 * The one way Testimony reads: every named query as a READ transaction routed to a reader
 * (so neo4j:// works against clusters and Aura), under a timeout, with the query's name in the
 * transaction metadata (visible in SHOW TRANSACTIONS and the query log). Rows come back plain.
 */
export class QueryExecutor {
  /** Round trips so far: tests use it to show that requests are not N+1. */
  roundTrips = 0;

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  get database(): string {
    return this.options.database;
  }

  async read(name: QueryName, params: Record<string, unknown>): Promise<Row[]> {
    this.roundTrips += 1;
    const started = Date.now();
    const result = await this.driver
      .executeQuery(queryText(name, params), toNeo4j(params) as Record<string, unknown>, {
        database: this.options.database,
        routing: neo4j.routing.READ,
        transactionConfig: {
          timeout: this.options.timeoutMs,
          metadata: { app: 'testimony', query: name },
        },
      })
      .catch((error: unknown) => {
        throw classifyDriverError(error, { query: { name, origin: 'named' } }) ?? error;
      });
    log.debug({ query: name, rows: result.records.length, ms: Date.now() - started }, 'read');
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }
}
