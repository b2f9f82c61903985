import neo4j, { type Driver } from 'neo4j-driver';
import { redactUri } from '../config/index.js';
import { logger } from '../log.js';
import { classifyDriverError, driverErrorKind } from './errors.js';

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

/** Runs `RETURN 1` with these credentials; a driver error becomes a TestimonyError that says what failed. */
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

/** True for Neo4j's wrong-credentials errors: retrying them only trips the rate limit. */
export function isAuthError(error: unknown): boolean {
  return driverErrorKind(error) === 'auth';
}

/**
 * A driver error talking to `coordinates`, classified (src/neo4j/errors.ts); anything else
 * (a TestimonyError, a bug, an OS error) is returned as it is, keeping its own meaning.
 */
export function toTestimonyError(error: unknown, coordinates: Neo4jCoordinates): unknown {
  // Only what the message names: the password must not ride along in an error's context.
  const { database, username } = coordinates;
  const server = { uri: redactUri(coordinates.uri), database, username };
  return classifyDriverError(error, { server }) ?? error;
}
