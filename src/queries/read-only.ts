import { Neo4jError, type Session } from 'neo4j-driver';
import { TestimonyError } from '../errors.js';
import { classifyDriverError } from '../neo4j/index.js';

/**
 * Procedures `testimony query` may call: they read the graph or its schema and nothing else.
 * Everything else is refused, because the query type says too little: Neo4j plans
 * `db.stats.retrieve('QUERIES')` (other users' query texts) as a plain read, "r".
 */
export const READ_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
];

/**
 * Namespaced functions Neo4j 5.26 has built in: they compute a value and touch nothing else.
 * Any other namespaced function is a plugin's (APOC's `apoc.cypher.runFirstColumnMany` runs
 * any Cypher, procedures included) and is refused: functions sit in any operator's details,
 * where no ProcedureCall operator shows them. Lower case: Neo4j matches built-ins in any case.
 */
export const READ_FUNCTIONS: readonly string[] = [
  ...['date', 'datetime', 'localdatetime', 'localtime', 'time'].flatMap((type) =>
    ['realtime', 'statement', 'transaction', 'truncate'].map((fn) => `${type}.${fn}`),
  ),
  'datetime.fromepoch',
  'datetime.fromepochmillis',
  'duration.between',
  'duration.indays',
  'duration.inmonths',
  'duration.inseconds',
  'point.distance',
  'point.withinbbox',
  'vector.similarity.cosine',
  'vector.similarity.euclidean',
];

const ALLOWED = `testimony query runs one query that reads the graph (MATCH … RETURN), calling at most these procedures: ${READ_PROCEDURES.join(', ')}; no plugin functions (apoc.* and the like).`;

/** One operator of an EXPLAIN plan, as the driver gives it ('ProcedureCall@neo4j', its details). */
export interface PlanOperator {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanOperator[];
}

/** The procedure a ProcedureCall operator calls: its details start `db.labels() :: (…)`. */
export function procedureName(details: unknown): string | undefined {
  if (typeof details !== 'string') return undefined;
  return /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(details)?.[1];
}

/**
 * The namespaced functions (`a.b(`) an operator's details call. Backticks are dropped first,
 * so `` `apoc`.cypher.run( `` is caught too. A property followed by `(` cannot occur in Cypher,
 * so this finds calls only (a string literal that looks like one is refused: the safe side).
 */
export function functionNames(details: unknown): string[] {
  if (typeof details !== 'string') return [];
  const text = details.replaceAll('`', '');
  return [...text.matchAll(/\b([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)+)\s*\(/g)].map((match) =>
    (match[1] ?? '').replace(/\s+/g, ''),
  );
}

function operators(plan: PlanOperator): PlanOperator[] {
  return [plan, ...plan.children.flatMap(operators)];
}

/** The functions an operator calls; a procedure's own name (`db.labels() :: …`) is not one. */
function calledFunctions(operator: PlanOperator): string[] {
  const details = operator.arguments['Details'];
  const calls = functionNames(details);
  const procedure = /Procedure/.test(operator.operatorType) ? procedureName(details) : undefined;
  return procedure !== undefined && calls[0] === procedure ? calls.slice(1) : calls;
}

/** Why this operator has no place in a read query, or undefined if it has. */
function operatorRefusal(operator: PlanOperator): string | undefined {
  // 'ShowTransactions@neo4j': the part before '@' is the operator, the rest where it runs.
  const type = operator.operatorType.split('@')[0] ?? '';
  // SHOW TRANSACTIONS, SHOW SETTINGS, TERMINATE TRANSACTIONS: Neo4j plans these as reads ('r'),
  // but they show other users' queries and the server's settings, or stop others' work.
  if (/^(Show|Terminate)/.test(type) || type === 'AdministrationCommand')
    return `it is a command (${type}), not a query of the graph`;
  // Its URL makes the server fetch from the network, or read its own files.
  if (type === 'LoadCSV') return 'it uses LOAD CSV (the server would fetch a URL or read a file)';
  if (/Procedure/.test(type)) {
    const name = procedureName(operator.arguments['Details']);
    if (name === undefined || !READ_PROCEDURES.includes(name))
      return `it calls the procedure ${name ?? '(unnamed)'}, which is not on the list of read procedures`;
  }
  const refused = calledFunctions(operator).find(
    (fn) => !READ_FUNCTIONS.includes(fn.toLowerCase()),
  );
  if (refused)
    return `it calls the function ${refused}, which is not one of Neo4j's built-in functions`;
  return undefined;
}

/** Why Neo4j's plan of a query is not a plain read, or undefined if it is. */
export function planRefusal(queryType: string, plan: PlanOperator | false): string | undefined {
  if (queryType === 'w' || queryType === 'rw')
    return `it can write to the graph (Neo4j plans it as query type "${queryType}")`;
  if (queryType !== 'r')
    return `it is a schema or administration statement (Neo4j plans it as query type "${queryType}")`;
  // No plan to inspect: refuse rather than guess.
  if (plan === false) return 'Neo4j gave no plan to check';
  for (const operator of operators(plan)) {
    const refusal = operatorRefusal(operator);
    if (refusal) return refusal;
  }
  return undefined;
}

/**
 * Refuses, before anything runs, a query that is not a plain read: EXPLAIN (with the same
 * parameters) plans without executing, and the plan says what the query would do. A statement
 * Neo4j cannot EXPLAIN (CREATE DATABASE, SHOW ROLES …) fails here and so is refused too.
 * Auto-commit, not executeRead: a transient error (a memory stop) must not be retried for 30 s.
 */
export async function assertReadOnly(
  session: Session,
  name: string,
  text: string,
  params: Record<string, unknown>,
): Promise<void> {
  const { summary } = await session.run(`EXPLAIN ${text}`, params).catch((error: unknown) => {
    const classified = classifyDriverError(error, { query: { name, origin: 'user' } });
    // Neo4j's refusal (a syntax error, CREATE DATABASE on Community) keeps its reason.
    if (classified?.code === 'QUERY_INVALID')
      throw new TestimonyError(classified.code, classified.message, {
        hint: `${classified.hint ?? ''} ${ALLOWED}`.trim(),
        cause: error,
      });
    if (classified) throw classified;
    // Any other refusal to plan (a security error, say): nothing ran, and nothing will.
    if (error instanceof Neo4jError)
      throw new TestimonyError('USAGE', `Refused: ${name}: Neo4j cannot plan it (${error.code}).`, {
        hint: ALLOWED,
        cause: error,
      });
    throw error;
  });
  const refusal = planRefusal(summary.queryType, summary.plan);
  if (refusal) {
    throw new TestimonyError(
      'USAGE',
      `Refused: ${name}: ${refusal}; testimony query is read-only.`,
      {
        hint: `${ALLOWED} Writes go through the seed loader (npm run seed -- <dataset>); administration through Neo4j's own tools, as an administrator.`,
      },
    );
  }
}
