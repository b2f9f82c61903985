import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import type { Env } from '../../config/index.js';
import { TestimonyError } from '../../errors.js';
import { classifyDriverError, toNeo4j } from '../../neo4j/index.js';
import { PATHS } from '../../paths.js';
import { assertReadOnly, toPlain } from '../../queries/index.js';
import { withExecutor } from '../connect.js';
import { table } from '../format/table.js';
import type { CliIo } from '../io.js';

const QUERIES_DIR = PATHS.namedQueries;

/** `key=value` pairs; a value that parses as JSON (a number, a list, null) is taken as such, else as a string. */
export function parseParams(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(pair);
    if (!match?.[1])
      throw new TestimonyError(
        'USAGE',
        `--param "${pair}" is malformed: expected key=value, e.g. --param name="Jeff Sessions".`,
      );
    const raw = match[2] ?? '';
    try {
      params[match[1]] = JSON.parse(raw) as unknown;
    } catch {
      params[match[1]] = raw;
    }
  }
  return params;
}

function readQuery(target: string): { name: string; text: string } {
  if (target.endsWith('.cypher') && existsSync(target))
    return { name: target, text: readFileSync(target, 'utf8') };
  const file = join(QUERIES_DIR, `${target.replace(/\.cypher$/, '')}.cypher`);
  if (existsSync(file)) return { name: target, text: readFileSync(file, 'utf8') };
  const names = readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.replace(/\.cypher$/, ''))
    .sort();
  throw new TestimonyError(
    'USAGE',
    `No query file or named query "${target}". Named queries:\n  ${names.join('\n  ')}`,
  );
}

/** The parameters a query uses, outside comments. */
function usedParams(text: string): Set<string> {
  return new Set(
    [...text.replace(/\/\/.*$/gm, '').matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map(
      (m) => m[1] ?? '',
    ),
  );
}

/**
 * Given parameters the query never reads, or ones it needs and lacks: a usage error naming what
 * it expects. A misspelt --param would otherwise run with the parameter unset and answer
 * "no rows", which reads like a fact about the graph.
 */
function checkParams(name: string, text: string, params: Record<string, unknown>): void {
  const used = usedParams(text);
  const header = text.split('\n').find((line) => line.startsWith('// Parameters:')) ?? '';
  const expected =
    used.size > 0
      ? [...used]
          .sort()
          .map((p) => `$${p}`)
          .join(', ')
      : 'none';
  const unknown = Object.keys(params)
    .filter((key) => !used.has(key))
    .sort();
  if (unknown.length > 0)
    throw new TestimonyError(
      'USAGE',
      `${name} has no parameter ${unknown.map((u) => `$${u}`).join(', ')}; its parameters: ${expected}.${header ? `\n  ${header}` : ''}`,
    );
  const missing = [...used].filter((key) => !(key in params)).sort();
  if (missing.length > 0)
    throw new TestimonyError(
      'USAGE',
      `${name} needs ${missing.map((m) => `$${m}`).join(', ')}: give ${missing.map((m) => `--param ${m}=…`).join(' ')}.${header ? `\n  ${header}` : ''}`,
    );
}

/** `testimony query <file|name> [--param k=v …]`: a read-only query; anything else is refused (see assertReadOnly). */
export async function queryCommand(
  env: Env,
  io: CliIo,
  target: string,
  pairs: string[],
  options: { format: 'table' | 'json' },
): Promise<void> {
  const { name, text } = readQuery(target);
  const params = parseParams(pairs);
  checkParams(name, text, params);
  await withExecutor(env, async (executor, driver) => {
    // READ access stays as a second line of defence: a write that passed the plan check fails.
    const session = driver.session({
      database: executor.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const neo4jParams = toNeo4j(params) as Record<string, unknown>;
      await assertReadOnly(session, name, text, neo4jParams);
      // Auto-commit, not executeRead: the driver would retry a memory stop (a transient error)
      // for 30 s, rerunning the same query that exhausted the server's memory.
      const result = await session
        .run(text, neo4jParams, {
          timeout: env.TESTIMONY_QUERY_TIMEOUT_MS,
          metadata: { app: 'testimony', query: `cli:${name}` },
        })
        .catch(userError(name));
      printRows(io, result.records, options.format);
      if (result.records.length === 0)
        throw new TestimonyError('NOT_FOUND', `${name} returned no rows.`);
    } finally {
      await session.close();
    }
  });
}

function printRows(io: CliIo, records: Neo4jRecord[], format: 'table' | 'json'): void {
  const rows = records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
  if (format === 'json') io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else if (rows.length > 0)
    io.stdout.write(
      table(
        records[0]?.keys.map(String) ?? [],
        rows.map((row) => Object.values(row).map(cell)),
        io.stdout.isTTY === true,
      ),
    );
}

/**
 * A value as a table cell, readable rather than raw JSON: a node (a map with an id) by its name,
 * title or text (else its id), a list one item a line (nested lists comma-separated), a map as `key: value` pairs.
 * `--format json` keeps every value whole.
 */
export function cell(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (typeof value !== 'object') return '';
  if (Array.isArray(value))
    return value.map((item) => cell(item, depth + 1)).join(depth === 0 ? '\n' : ', ');
  const record = value as Record<string, unknown>;
  if (typeof record.id === 'string')
    return [record.name, record.title, record.text].find((v) => typeof v === 'string') ?? record.id;
  return Object.entries(record)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}: ${cell(v, depth + 1)}`)
    .join(depth === 0 ? '\n' : '; ');
}

/** The user's own Cypher failed: show Neo4j's reason (it is their query, not our internals). */
function userError(name: string): (error: unknown) => never {
  return (error) => {
    throw classifyDriverError(error, { query: { name, origin: 'user' } }) ?? error;
  };
}
