import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_FUNCTIONS } from '../../src/queries/index.js';
import { runCli, neo4jEnv } from '../support/cli.js';
import { graphChecksum } from '../support/graph.js';
import { seedBundled, testCoordinates, testDriver, uniqueLabel } from '../support/neo4j.js';

const driver = testDriver();
const target = testCoordinates();
const { database } = target;
const env = neo4jEnv(target);
const dir = mkdtempSync(join(tmpdir(), 'testimony-hatch-'));
let files = 0;

/** `testimony query <file>` on a file holding `cypher`, as an analyst would run it. */
async function query(cypher: string, extra: Record<string, string> = {}) {
  const file = join(dir, `q${(files += 1)}.cypher`);
  writeFileSync(file, cypher);
  return runCli(['query', file], { ...env, ...extra }, { bin: true });
}

/** A refusal: exit 2, coded, no rows, no stack trace, and it says what is allowed. */
function expectRefused(run: Awaited<ReturnType<typeof query>>, code = 'USAGE'): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toContain(`[${code}]`);
  expect(run.stderr).toContain('runs one query that reads the graph');
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

// Something for LOAD CSV to fetch: it must never be asked.
let requests = 0;
const web: Server = createServer((_req, res) => {
  requests += 1;
  res.end('a,b\n1,2\n');
});

beforeAll(async () => {
  await seedBundled(driver);
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await driver.close();
  await new Promise((resolve) => web.close(resolve));
});

describe('testimony query refuses what is not a read of the graph', () => {
  it.each([
    ['SHOW TRANSACTIONS', 'a command (ShowTransactions)'],
    ['SHOW TRANSACTIONS YIELD * RETURN *', 'a command (ShowTransactions)'],
    ['SHOW SETTINGS', 'a command (ShowSettings)'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'a command (TerminateTransactions)'],
    ['SHOW USERS', 'query type "s"'],
    ['CALL dbms.components()', 'query type "s"'],
    ['CALL dbms.listConfig()', 'query type "s"'],
    ["CALL db.stats.retrieve('QUERIES')", 'the procedure db.stats.retrieve'],
    ['MATCH (n) WITH n LIMIT 1 CALL db.ping() YIELD success RETURN success', 'db.ping'],
  ])('%s', async (cypher, reason) => {
    const run = await query(cypher);
    expectRefused(run);
    expect(run.stderr).toContain(reason);
  });

  it('LOAD CSV, alone or in a subquery, is refused before the server fetches anything', async () => {
    const url = `http://127.0.0.1:${(web.address() as AddressInfo).port}/x.csv`;
    for (const cypher of [
      `LOAD CSV FROM '${url}' AS row RETURN row`,
      `CALL () { LOAD CSV FROM '${url}' AS row RETURN row } RETURN row`,
      `MATCH (p:Person) WITH p LIMIT 1 CALL (p) { LOAD CSV FROM '${url}' AS row RETURN row } RETURN p.name, row`,
    ]) {
      const run = await query(cypher);
      expectRefused(run);
      expect(run.stderr).toContain('LOAD CSV');
    }
    expect(requests).toBe(0);
  });

  it('CREATE USER is refused, and no user appears', async () => {
    const user = uniqueLabel('hatch').toLowerCase();
    const run = await query(`CREATE USER ${user} SET PASSWORD 'not-so-secret-1'`);
    expectRefused(run);
    const users = await driver.executeQuery(
      'SHOW USERS YIELD user WHERE user = $user RETURN user',
      { user },
      { database: 'system' },
    );
    expect(users.records).toHaveLength(0);
  });

  it('a command Neo4j cannot EXPLAIN (STOP DATABASE) is refused, and the database still answers', async () => {
    const run = await query(`STOP DATABASE ${database}`);
    expectRefused(run, 'QUERY_INVALID');
    expect(run.stderr).toContain('STOP DATABASE');
    const { nodes } = await graphChecksum(driver, database);
    expect(nodes).toBeGreaterThan(0);
  });

  it('TERMINATE TRANSACTIONS does not end a running write transaction', async () => {
    const label = uniqueLabel('Hatch');
    const session = driver.session({ database });
    const tx = await session.beginTransaction({ metadata: { hatch: label } });
    try {
      await tx.run(`CREATE (:${label} {n: 1})`);
      const shown = await driver.executeQuery(
        'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.hatch = $label RETURN transactionId',
        { label },
        { database },
      );
      const id = shown.records[0]?.get('transactionId') as string;
      expect(id).toMatch(/-transaction-\d+$/);
      expectRefused(await query(`TERMINATE TRANSACTIONS '${id}'`));
      await tx.commit();
      const count = await driver.executeQuery(
        `MATCH (n:${label}) RETURN count(n) AS n`,
        {},
        { database },
      );
      expect(count.records[0]?.get('n').toNumber()).toBe(1);
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await driver.executeQuery(`MATCH (n:${label}) DELETE n`, {}, { database });
      await session.close();
    }
  });
});

describe('testimony query still runs reads', () => {
  it("every allowlisted function is one of this Neo4j's built-ins, and they answer", async () => {
    const { records } = await driver.executeQuery(
      'SHOW BUILT IN FUNCTIONS YIELD name RETURN collect(toLower(name)) AS names',
      {},
      { database },
    );
    const builtIn = records[0]?.get('names') as string[];
    expect(READ_FUNCTIONS.filter((name) => !builtIn.includes(name))).toEqual([]);
    const run = await query(
      "RETURN date.truncate('month', date('2017-03-02')) AS d, duration.inDays(date('2017-01-01'), date('2017-03-01')).days AS days, point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS dist",
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('2017-03-01');
  });

  it('an allowed procedure (db.labels) and the named search query answer', async () => {
    const labels = await query('CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(labels.code, labels.stderr).toBe(0);
    expect(labels.stdout).toContain('Person');
    const search = await runCli(
      ['query', 'search', '--param', 'query=kislyak', '--param', 'limit=1', '--format', 'json'],
      env,
      { bin: true },
    );
    expect(search.code, search.stderr).toBe(0);
    expect(search.stdout).toContain('person:sergey-kislyak');
  });

  it('a query that would exhaust Neo4j memory ends as NEO4J_OUT_OF_MEMORY, not an internal error', async () => {
    // 100 strings of 2^25 characters: far past the transaction memory pool of any test server.
    const run = await query(
      "WITH reduce(s = 'x', i IN range(1, 25) | s + s) AS big UNWIND range(1, 100) AS i WITH collect(big + i) AS xs RETURN size(xs) AS n",
      { TESTIMONY_QUERY_TIMEOUT_MS: '60000' },
    );
    expect(run.stderr).toContain('[NEO4J_OUT_OF_MEMORY]');
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('Internal error');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
