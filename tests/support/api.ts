import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { type RunningApi, startApi } from '../../src/api/index.js';
import { testCoordinates, testDriver, seedBundled } from './neo4j.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** The API on a random port, over a freshly seeded graph, exactly as `npm start` serves it. */
export async function startSeededApi(
  driver: Driver,
  database: string,
  options: { queryTimeoutMs?: number } = {},
): Promise<RunningApi> {
  await seedBundled(driver);
  return startApi({
    driver,
    database,
    host: '127.0.0.1',
    port: 0,
    queryTimeoutMs: options.queryTimeoutMs ?? 5000,
  });
}

/** POSTs a GraphQL request over HTTP, as any client would. */
export async function gql<T = Record<string, unknown>>(
  api: RunningApi,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/**
 * Registers beforeAll/afterAll for a test file that needs the seeded API: returns accessors for
 * the running API and the driver behind it, and stops both after the file.
 */
export function useSeededApi(options: { queryTimeoutMs?: number } = {}): {
  api: () => RunningApi;
  driver: Driver;
  database: string;
} {
  const driver = testDriver();
  const { database } = testCoordinates();
  let api: RunningApi | undefined;
  beforeAll(async () => {
    api = await startSeededApi(driver, database, options);
  });
  afterAll(async () => {
    await api?.stop();
    await driver.close();
  });
  return {
    api: () => {
      if (!api) throw new Error('the API is not started yet (use it inside a test)');
      return api;
    },
    driver,
    database,
  };
}
