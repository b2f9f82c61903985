import neo4j, { type Driver } from 'neo4j-driver';
import { TestimonyError } from '../errors.js';
import { logger } from '../log.js';

const log = logger('driver');

/** Where a Neo4j is and how to log in: all a caller needs, whichever strategy provided it. */
export interface Neo4jCoordinates {
  /** neo4j://, neo4j+s:// or bolt:// URI. */
  uri: string;
  username: string;
  password: string;
  database: string;
  /** The HTTP root (discovery document, /browser/), when known. */
  httpUrl?: string;
}

export function browserUrl(coordinates: Neo4jCoordinates): string | undefined {
  return coordinates.httpUrl ? `${coordinates.httpUrl}/browser/` : undefined;
}

/**
 * The driver settings that make an unreachable server fail in seconds, not in the
 * driver's default 30-60 s: an analyst waiting on a dead database should be told fast.
 */
export function createDriver(coordinates: Neo4jCoordinates): Driver {
  return neo4j.driver(
    coordinates.uri,
    neo4j.auth.basic(coordinates.username, coordinates.password),
    {
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      // Retries ride out a cluster leader switch; longer would keep an analyst waiting on a dead server.
      maxTransactionRetryTime: 2_000,
      userAgent: 'testimony/0.1',
      // The driver's own log lines (with stack traces) are diagnostics: its errors reach us as
      // exceptions, which we turn into TestimonyErrors. LOG_LEVEL=debug shows them.
      logging: { level: 'warn', logger: (_level, message) => log.debug(message) },
    },
  );
}

/** Runs `RETURN 1` with these credentials; throws a TestimonyError that says what failed. */
export async function verifyNeo4j(coordinates: Neo4jCoordinates): Promise<void> {
  const driver = createDriver(coordinates);
  try {
    await driver.executeQuery(
      'RETURN 1 AS ok',
      {},
      { database: coordinates.database, routing: neo4j.routing.READ },
    );
  } catch (error) {
    throw toTestimonyError(error, coordinates);
  } finally {
    await driver.close();
  }
}

function driverErrorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

export function isAuthError(error: unknown): boolean {
  const code = driverErrorCode(error);
  return (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  );
}

/** Maps a driver error to one of our codes; the driver's own message goes into `cause`, not to the user. */
export function toTestimonyError(error: unknown, coordinates: Neo4jCoordinates): TestimonyError {
  if (error instanceof TestimonyError) return error;
  const where = `${coordinates.uri} (database "${coordinates.database}")`;
  if (isAuthError(error)) {
    return new TestimonyError(
      'NEO4J_AUTH_FAILED',
      `Neo4j at ${where} rejected the credentials of user "${coordinates.username}".`,
      {
        hint: "Set NEO4J_USERNAME and NEO4J_PASSWORD to that server's credentials (the local server's default password is in the README).",
        cause: error,
      },
    );
  }
  const code = driverErrorCode(error);
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new TestimonyError(
      'NEO4J_UNREACHABLE',
      `Neo4j at ${coordinates.uri} has no database "${coordinates.database}".`,
      {
        hint: 'Set NEO4J_DATABASE to an existing database (Community edition has only "neo4j").',
        cause: error,
      },
    );
  }
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new TestimonyError('NEO4J_UNREACHABLE', `Could not reach Neo4j at ${where}: ${detail}`, {
    hint: 'Check that the server runs and NEO4J_URI is right, or unset NEO4J_URI to let Testimony start a local Neo4j.',
    cause: error,
  });
}
