import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import * as errors from '../../src/neo4j/errors.js';
import { toTestimonyError } from '../../src/neo4j/driver.js';

vi.mock('../../src/neo4j/errors.js', async (original) => {
  const actual = await original<typeof errors>();
  return { ...actual, classifyDriverError: vi.fn(actual.classifyDriverError) };
});

describe('toTestimonyError', () => {
  it('gives the classifier where the server is, never the password', () => {
    const refused = new Neo4jError('bad', 'Neo.ClientError.Security.Unauthorized', 'gql', 'desc');
    const coordinates = {
      uri: 'neo4j://u:secret-in-uri@db:7687',
      username: 'neo4j',
      password: 'secret-password',
      database: 'neo4j',
      httpUrl: 'http://db:7474',
    };
    toTestimonyError(refused, coordinates);
    const context = vi.mocked(errors.classifyDriverError).mock.calls[0]?.[1];
    expect(context?.server).toEqual({
      uri: 'neo4j://***@db:7687',
      database: 'neo4j',
      username: 'neo4j',
    });
    expect(JSON.stringify(context)).not.toContain('secret');
  });
});
