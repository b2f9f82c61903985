import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { TestimonyError } from '../../src/errors.js';
import { classifyDriverError, driverErrorKind } from '../../src/neo4j/errors.js';
import { toTestimonyError } from '../../src/neo4j/driver.js';

/** A real driver error, as the driver builds one from a server FAILURE message. */
const driverError = (code: string, message = `failure ${code}\nMATCH (n) RETURN n\n^`) =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

const server = { uri: 'neo4j://db.example:7687', database: 'neo4j', username: 'analyst' };
const user = { server, query: { name: 'mine.cypher', origin: 'user' as const } };

describe('classifyDriverError', () => {
  it.each([
    ['ServiceUnavailable', 'NEO4J_UNREACHABLE'],
    ['SessionExpired', 'NEO4J_UNREACHABLE'],
    ['ProtocolError', 'NEO4J_UNREACHABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'NEO4J_UNREACHABLE'],
    ['Neo.ClientError.Security.Unauthorized', 'NEO4J_AUTH_FAILED'],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'NEO4J_AUTH_FAILED'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'CONFIG_INVALID'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'QUERY_TIMEOUT'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'QUERY_TIMEOUT'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'NEO4J_BUSY'],
    // Transient in Neo4j's terms, but the same work fails the same way again: not "busy".
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'NEO4J_OUT_OF_MEMORY'],
    ['Neo.ClientError.General.TransactionOutOfMemoryError', 'NEO4J_OUT_OF_MEMORY'],
    ['Neo.TransientError.General.OutOfMemoryError', 'NEO4J_OUT_OF_MEMORY'],
    ['Neo.ClientError.Procedure.ProcedureNotFound', 'QUERY_INVALID'],
    ['Neo.ClientError.Statement.SyntaxError', 'QUERY_INVALID'],
    ['Neo.ClientError.Statement.SemanticError', 'QUERY_INVALID'],
  ])('%s -> %s, with a hint and the driver error as cause', (code, expected) => {
    const error = driverError(code);
    const classified = classifyDriverError(error, user);
    expect(classified).toBeInstanceOf(TestimonyError);
    expect(classified?.code).toBe(expected);
    expect(classified?.hint).toBeTruthy();
    expect(classified?.cause).toBe(error);
  });

  it('shows only the first line of the driver message: never the Cypher and its caret', () => {
    const classified = classifyDriverError(
      driverError('Neo.ClientError.Statement.SyntaxError'),
      user,
    );
    expect(classified?.message).toContain('failure Neo.ClientError.Statement.SyntaxError');
    expect(classified?.message).not.toContain('MATCH');
    expect(classified?.message).toContain('mine.cypher');
  });

  it('names the server and user it could not log in to', () => {
    const classified = classifyDriverError(driverError('Neo.ClientError.Security.Unauthorized'), {
      server,
    });
    expect(classified?.message).toContain('neo4j://db.example:7687');
    expect(classified?.message).toContain('"analyst"');
  });

  it('leaves a refusal of one of our named queries unclassified: it is our bug', () => {
    const error = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(classifyDriverError(error, { query: { name: 'path', origin: 'named' } })).toBe(
      undefined,
    );
    expect(classifyDriverError(error)).toBe(undefined);
  });

  it('leaves unknown codes and anything not a Neo4jError unclassified', () => {
    expect(
      driverErrorKind(driverError('Neo.ClientError.General.ForbiddenOnReadOnlyDatabase')),
    ).toBe(undefined);
    const os = Object.assign(new Error('listen EACCES: permission denied 0.0.0.0:80'), {
      code: 'EACCES',
    });
    // Duck typing would have read this `code` as a driver code.
    const lookalike = Object.assign(new Error('looks like one'), { code: 'ServiceUnavailable' });
    for (const error of [os, lookalike, new TypeError('x is undefined'), 'a string', undefined])
      expect(classifyDriverError(error, user)).toBe(undefined);
  });
});

describe('toTestimonyError', () => {
  it('passes a TestimonyError and a non-driver error through unchanged', () => {
    const ours = new TestimonyError('PORT_IN_USE', 'taken');
    const bug = new TypeError('oops');
    expect(toTestimonyError(ours, { ...server, password: 'x' })).toBe(ours);
    expect(toTestimonyError(bug, { ...server, password: 'x' })).toBe(bug);
  });
});
