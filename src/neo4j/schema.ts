import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { TestimonyError } from '../errors.js';
import { logger } from '../log.js';
import { PATHS } from '../paths.js';

const log = logger('schema');
export const SCHEMA_FILE = PATHS.schemaCypher;

/** Splits a .cypher file into statements: `//` comment lines dropped, a statement ends with `;` at a line end. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Applies cypher/schema.cypher. Schema statements cannot share a transaction with each other's
 * data writes, so each runs on its own; every one is IF NOT EXISTS, so this is idempotent.
 */
export async function applySchema(
  driver: Driver,
  database: string,
  file = SCHEMA_FILE,
): Promise<number> {
  const statements = splitStatements(await readFile(file, 'utf8'));
  for (const [index, statement] of statements.entries()) {
    try {
      await driver.executeQuery(statement, {}, { database });
    } catch (error) {
      throw new TestimonyError(
        'SCHEMA_FAILED',
        `Statement ${index + 1} of ${file} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        {
          hint: 'Fix the statement in cypher/schema.cypher; every statement there must be idempotent (IF NOT EXISTS).',
          cause: error,
        },
      );
    }
  }
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  log.debug({ statements: statements.length }, 'schema applied');
  return statements.length;
}
