import type { Neo4jCoordinates } from '../driver.js';

export type StrategyName = 'uri' | 'container' | 'local-jvm';

/**
 * A Neo4j that a strategy found or started. Disposable: `await using neo4j = await provisionNeo4j(…)`
 * stops it at the end of the scope when we own it, and leaves it alone when we only found it.
 */
export interface ProvisionedNeo4j extends AsyncDisposable {
  readonly coordinates: Neo4jCoordinates;
  readonly strategy: StrategyName;
  /** True when this process started the server, and so stops it. */
  readonly owned: boolean;
  /** The owner-only file holding the local server's generated password (never the password). */
  readonly passwordFile?: string;
  stop(): Promise<void>;
}

export function provisioned(
  strategy: StrategyName,
  coordinates: Neo4jCoordinates,
  stopOwned?: () => Promise<void>,
  details: { passwordFile?: string } = {},
): ProvisionedNeo4j {
  let stopping: Promise<void> | undefined;
  const stop = () => {
    // Idempotent: a signal handler and a `finally` may both ask.
    stopping ??= stopOwned ? stopOwned() : Promise.resolve();
    return stopping;
  };
  return {
    ...details,
    coordinates,
    strategy,
    owned: stopOwned !== undefined,
    stop,
    [Symbol.asyncDispose]: stop,
  };
}
