/**
 * One error class for everything Testimony reports to a person, with a stable code.
 * Tests and callers match on `code`, never on wording. Each code fixes the process exit
 * status, so only the CLI entry point decides to exit and it needs no table of its own.
 */
export const ERROR_CODES = {
  CONFIG_INVALID: 2,
  JAVA_MISSING: 3,
  JAVA_UNSUPPORTED: 3,
  MAVEN_MISSING: 3,
  NEO4J_ASSEMBLY_FAILED: 3,
  PORT_IN_USE: 3,
  /** The API cannot listen where it was told to (a host not on this machine, a privileged port): a setting to change. */
  PORT_DENIED: 2,
  /** The API would listen beyond loopback with no authentication configured (and no --insecure). */
  AUTH_REQUIRED: 2,
  NEO4J_AUTH_FAILED: 3,
  NEO4J_UNREACHABLE: 3,
  /** Neo4j answered but could not serve (a transient error outlasted the driver's retries). */
  NEO4J_BUSY: 3,
  NEO4J_START_FAILED: 3,
  NEO4J_START_TIMEOUT: 3,
  SCHEMA_FAILED: 1,
  /** neo4j-admin's offline import of a CSV export failed. */
  IMPORT_FAILED: 1,
  /** A dataset file has problems; nothing was written. */
  DATASET_INVALID: 1,
  /** A dataset defines an event, statement or other node another dataset defines (only people, organizations and countries may be shared). */
  DATASET_REDEFINES: 1,
  /** An article `testimony draft` cannot read: missing, empty, binary, too large, not English, a page with no article. */
  DRAFT_INPUT: 1,
  /** A seed or `seed --remove` would delete nodes that another dataset refers to. */
  DATASET_REFERRED: 1,
  SEED_FAILED: 1,
  /** Another seed is writing to the database and this one was asked not to wait (`seed --no-wait`). */
  SEED_LOCKED: 1,
  /** `seed --offline` given NEO4J_URI: it imports only into the local Neo4j Testimony provisions. */
  SEED_OFFLINE_LOCAL_ONLY: 1,
  /** `seed --offline` found a server running on the local instance (the importer needs it stopped). */
  SEED_OFFLINE_SERVER_RUNNING: 1,
  /** `seed --offline` found the local database not empty: the online seed adds to a graph. */
  SEED_OFFLINE_NOT_EMPTY: 1,
  /** `seed --offline` cannot build a part of the graph as the online seed would; nothing written. */
  SEED_OFFLINE_UNSUPPORTED: 1,
  /** A name, id or path that the graph does not have. */
  NOT_FOUND: 1,
  /** A name that fits several people. */
  AMBIGUOUS: 1,
  /** A command used wrongly: a bad option value, a missing parameter, a write in a read query. */
  USAGE: 2,
  /** A read ran past its transaction timeout. */
  QUERY_TIMEOUT: 1,
  /** Neo4j stopped a transaction (a query or a seed) that would have exhausted its memory. */
  NEO4J_OUT_OF_MEMORY: 1,
  /** Neo4j refused Cypher the user gave (`testimony query`): a syntax error, an unknown procedure. */
  QUERY_INVALID: 2,
  /** The graph holds a value an export format cannot carry faithfully (see src/export). */
  EXPORT_UNSUPPORTED: 1,
  /** Ctrl-C or SIGTERM arrived before the work was done (128 + SIGINT, as shells report it). */
  INTERRUPTED: 130,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorDetails {
  /** What the user can do about it: a command to run, a variable to set. */
  hint?: string;
  cause?: unknown;
}

export class TestimonyError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'TestimonyError';
    this.code = code;
    this.hint = details.hint;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code];
  }

  /** The text a person sees: code, what went wrong, what to do. */
  describe(): string {
    const hint = this.hint ? `\n  What to do: ${this.hint}` : '';
    return `[${this.code}] ${this.message}${hint}`;
  }
}

export function isTestimonyError(error: unknown): error is TestimonyError {
  return error instanceof TestimonyError;
}

/**
 * A broken assumption of our own code (data that validation should have stopped, a query name
 * that must exist). Deliberately not a TestimonyError: there is nothing the user can do, so the
 * CLI reports it as an internal error and the API masks it.
 */
export class InvariantError extends Error {
  constructor(message: string) {
    super(`Internal invariant broken: ${message}`);
    this.name = 'InvariantError';
  }
}

/** Throws an InvariantError unless `condition` holds; narrows `condition` for the compiler. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantError(message);
}
