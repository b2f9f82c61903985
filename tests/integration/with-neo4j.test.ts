import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/index.js';
import { TestimonyError } from '../../src/errors.js';
import { silentReporter } from '../../src/log.js';
import { createDriver, withNeo4j } from '../../src/neo4j/index.js';
import { testCoordinates } from '../support/neo4j.js';

describe('withNeo4j against the real Neo4j of this run', () => {
  const target = testCoordinates();
  const env = loadEnv({
    NEO4J_URI: target.uri,
    NEO4J_USERNAME: target.username,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
  });
  const run = (work: () => Promise<unknown>) =>
    withNeo4j(env, silentReporter, new AbortController().signal, work);

  it('lets an OS error (a port it could not listen on) and a TestimonyError keep their meaning', async () => {
    const os = Object.assign(
      new Error('listen EADDRNOTAVAIL: address not available 10.9.9.9:4000'),
      {
        code: 'EADDRNOTAVAIL',
      },
    );
    await expect(run(() => Promise.reject(os))).rejects.toBe(os);
    const ours = new TestimonyError('PORT_IN_USE', 'taken');
    await expect(run(() => Promise.reject(ours))).rejects.toBe(ours);
  });

  it('turns a driver error into the coded error its code means', async () => {
    const failure = run(async () => {
      const driver = createDriver(target);
      try {
        await driver.executeQuery('RETURN 1', {}, { database: 'no-such-database' });
      } finally {
        await driver.close();
      }
    });
    await expect(failure).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});
