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

/** What an index statement declares: what tells an existing index of that name apart from it. */
export interface IndexDeclaration {
  name: string;
  type: 'FULLTEXT' | 'RANGE';
  /** Sorted. */
  labels: string[];
  /** Sorted. */
  properties: string[];
  /** The full-text analyzer (Neo4j's default when the statement names none); null for a range index. */
  analyzer: string | null;
}

/** Neo4j's analyzer for a full-text index whose statement names none (`db.index.fulltext.default_analyzer`). */
const DEFAULT_ANALYZER = 'standard-no-stop-words';

// FOR (n:A|B) for a node index, FOR ()-[r:T]-() for a relationship index.
const INDEX_STATEMENT =
  /^CREATE\s+(?:(FULLTEXT|RANGE)\s+)?INDEX\s+(\w+)\s+IF\s+NOT\s+EXISTS\s+FOR\s+(?:\(\s*|\(\s*\)\s*<?-\s*\[\s*)(\w+)\s*:\s*([\w|\s]+)(?:\)|\]\s*->?\s*\(\s*\))\s+ON\s+(?:EACH\s+)?[[(]([^\])]*)[\])]/i;

/** The index a `CREATE … INDEX name IF NOT EXISTS FOR (n:A|B) ON …` (or `FOR ()-[r:T]-() ON …`) statement declares; undefined for other statements. */
export function indexDeclaration(statement: string): IndexDeclaration | undefined {
  const match = INDEX_STATEMENT.exec(statement);
  if (!match) return undefined;
  const [, kind, name, variable, labels, properties] = match as unknown as string[];
  const type = kind?.toUpperCase() === 'FULLTEXT' ? 'FULLTEXT' : 'RANGE';
  const analyzer = /`fulltext\.analyzer`\s*:\s*'([\w-]+)'/.exec(statement)?.[1];
  return {
    name: name as string,
    type,
    labels: (labels as string)
      .split('|')
      .map((label) => label.trim())
      .sort(),
    properties: (properties as string)
      .split(',')
      .map((property) => property.trim().replace(new RegExp(`^${variable}\\.`), ''))
      .sort(),
    analyzer: type === 'FULLTEXT' ? (analyzer ?? DEFAULT_ANALYZER) : null,
  };
}

/** The index as Neo4j holds it (SHOW INDEXES), in the same shape; undefined when none has that name. */
async function existingIndex(
  driver: Driver,
  database: string,
  name: string,
): Promise<IndexDeclaration | undefined> {
  const { records } = await driver.executeQuery(
    `SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options
     WHERE name = $name
     RETURN type, labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`,
    { name },
    { database },
  );
  const record = records[0];
  if (!record) return undefined;
  return {
    name,
    type: record.get('type') as IndexDeclaration['type'],
    labels: [...(record.get('labelsOrTypes') as string[])].sort(),
    properties: [...(record.get('properties') as string[])].sort(),
    analyzer: (record.get('analyzer') as string | null) ?? null,
  };
}

/**
 * `IF NOT EXISTS` keeps an index of that name whatever its definition, so a changed declaration
 * (another analyzer, more labels) would silently never apply. Such an index is dropped here,
 * for the statement to create it again; an index already as declared is left alone.
 */
async function dropIfChanged(driver: Driver, database: string, statement: string): Promise<void> {
  const declared = indexDeclaration(statement);
  if (!declared) return;
  const existing = await existingIndex(driver, database, declared.name);
  if (!existing || JSON.stringify(existing) === JSON.stringify(declared)) return;
  log.info({ index: declared.name, existing, declared }, 'index definition changed: recreating');
  // An index name is an identifier, not a value: it cannot be a parameter. It comes from our own
  // schema file and matched \w+ above.
  await driver.executeQuery(`DROP INDEX ${declared.name} IF EXISTS`, {}, { database });
}

/**
 * Applies cypher/schema.cypher. Schema statements cannot share a transaction with each other's
 * data writes, so each runs on its own; every one is IF NOT EXISTS, and an index whose
 * definition changed is recreated, so this is idempotent and brings an older schema up to date.
 */
export async function applySchema(
  driver: Driver,
  database: string,
  file = SCHEMA_FILE,
): Promise<number> {
  const statements = splitStatements(await readFile(file, 'utf8'));
  for (const [index, statement] of statements.entries()) {
    try {
      await dropIfChanged(driver, database, statement);
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
