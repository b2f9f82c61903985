import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { TestimonyError } from '../errors.js';

/**
 * The one place that reads neo4j-driver errors. It goes by the `Neo4jError` class and its
 * `code`, never by message text; anything else (a TypeError, an OS error, a code not listed here)
 * is left unclassified, so that it keeps its own meaning instead of reading "Neo4j unreachable".
 */
export type DriverErrorKind =
  | 'unreachable'
  | 'auth'
  | 'database-missing'
  | 'timeout'
  | 'memory'
  | 'busy'
  | 'procedure-missing'
  | 'statement';

const UNREACHABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  // The driver's code for a peer that does not speak Bolt (e.g. NEO4J_URI names an HTTP port).
  'ProtocolError',
  'Neo.TransientError.General.DatabaseUnavailable',
]);
// Neo4j stopped the transaction before it ran the heap out (dbms.memory.transaction.* limits), or
// the heap itself ran out. Both are transient in Neo4j's terms, but retrying the same work fails
// the same way: they must not read as "busy".
const MEMORY = new Set([
  // What 5.26 sends when a transaction passes db.memory.transaction.max.
  'Neo.ClientError.General.TransactionOutOfMemoryError',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.OutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.ClientError.Transaction.TransactionMemoryLimit',
]);
const AUTH = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

export function driverErrorKind(error: unknown): DriverErrorKind | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  const { code } = error;
  if (UNREACHABLE.has(code)) return 'unreachable';
  if (AUTH.has(code)) return 'auth';
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return 'database-missing';
  // TransactionTimedOut and TransactionTimedOutClientConfiguration (the timeout we set).
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return 'timeout';
  if (MEMORY.has(code)) return 'memory';
  if (code === 'Neo.ClientError.Procedure.ProcedureNotFound') return 'procedure-missing';
  if (code.startsWith('Neo.ClientError.Statement.')) return 'statement';
  // Still failing after the driver's own retries: the server is there but cannot serve now.
  if (isRetryableError(error)) return 'busy';
  return undefined;
}

export interface DriverErrorContext {
  /** Where the server is, when known: named in the message. */
  server?: { uri: string; database: string; username: string };
  /**
   * The query that failed. Cypher the user wrote (`testimony query`) gets its refusal explained;
   * a refusal of one of our named queries is a bug of ours, so it stays an internal error.
   */
  query?: { name: string; origin: 'user' | 'named' };
}

/** A TestimonyError for a driver error this module knows, else undefined. */
export function classifyDriverError(
  error: unknown,
  context: DriverErrorContext = {},
): TestimonyError | undefined {
  const kind = driverErrorKind(error);
  if (kind === undefined || !(error instanceof Neo4jError)) return undefined;
  if ((kind === 'statement' || kind === 'procedure-missing') && context.query?.origin !== 'user')
    return undefined;
  return BUILDERS[kind](error, context);
}

type Builder = (error: Neo4jError, context: DriverErrorContext) => TestimonyError;

/** The driver's first line only: later lines repeat the Cypher and point at a column. */
const firstLine = (error: Error) => error.message.split('\n')[0] ?? '';
const at = ({ server, query }: DriverErrorContext) =>
  [
    server ? ` at ${server.uri} (database "${server.database}")` : '',
    query ? ` (query ${query.name})` : '',
  ].join('');

const BUILDERS: Record<DriverErrorKind, Builder> = {
  unreachable: (error, context) =>
    new TestimonyError(
      'NEO4J_UNREACHABLE',
      `Could not reach Neo4j${at(context)}: ${firstLine(error)}`,
      {
        hint: 'Check that the server runs and NEO4J_URI is right, or unset NEO4J_URI to let Testimony start a local Neo4j.',
        cause: error,
      },
    ),
  auth: (error, context) =>
    new TestimonyError(
      'NEO4J_AUTH_FAILED',
      `Neo4j${at(context)} rejected the credentials${context.server ? ` of user "${context.server.username}"` : ''}.`,
      {
        hint: "Set NEO4J_USERNAME and NEO4J_PASSWORD to that server's credentials (the local server's password is in the file that `npm start` names).",
        cause: error,
      },
    ),
  'database-missing': (error, context) =>
    new TestimonyError('CONFIG_INVALID', `Neo4j${at(context)} has no such database.`, {
      hint: 'Set NEO4J_DATABASE to an existing database (Community edition has only "neo4j").',
      cause: error,
    }),
  timeout: (error, context) =>
    new TestimonyError('QUERY_TIMEOUT', `The query ran past its time limit${at(context)}.`, {
      hint: 'Narrow the question (fewer hops, a LIMIT), or raise TESTIMONY_QUERY_TIMEOUT_MS.',
      cause: error,
    }),
  memory: (error, context) =>
    new TestimonyError(
      'NEO4J_OUT_OF_MEMORY',
      `Neo4j${at(context)} stopped the work before it ran out of memory: ${firstLine(error)}`,
      {
        hint: 'Ask for less at once (a LIMIT, fewer hops; a smaller dataset file), or give Neo4j more heap (TESTIMONY_NEO4J_HEAP for the local server).',
        cause: error,
      },
    ),
  busy: (error, context) =>
    new TestimonyError(
      'NEO4J_BUSY',
      `Neo4j${at(context)} could not serve the request now: ${firstLine(error)}`,
      {
        hint: 'Try again in a moment; if it persists, look at the server (its log, SHOW TRANSACTIONS).',
        cause: error,
      },
    ),
  'procedure-missing': (error, context) =>
    new TestimonyError(
      'QUERY_INVALID',
      `Neo4j refused the query${at(context)}: ${firstLine(error)}`,
      {
        hint: 'Check the procedure name with SHOW PROCEDURES; plugins such as APOC are not installed.',
        cause: error,
      },
    ),
  statement: (error, context) =>
    new TestimonyError(
      'QUERY_INVALID',
      `Neo4j refused the query${at(context)}: ${firstLine(error)}`,
      {
        hint: 'Fix the Cypher (the message names the problem); docs/queries.md shows working examples.',
        cause: error,
      },
    ),
};
