import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Plan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { queryText, type QueryName } from '../../src/queries/index.js';
import { seedBundled, testCoordinates, testDriver } from '../support/neo4j.js';

/**
 * Every named query given an id (or a name) must start from an index seek: a plan with an
 * AllNodesScan or a NodeByLabelScan reads the whole graph (or a whole label) to answer about one
 * node. A scan is allowed only in a branch that runs when no id is given: under an Apply whose
 * other side UNWINDs `CASE WHEN $x IS NULL …` (nothing, when an id is given). Checked on plans
 * (EXPLAIN), never on times.
 */
const SCANS = new Set([
  'AllNodesScan',
  'NodeByLabelScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
]);

const PERSON = 'person:jeff-sessions';
const MEETING = 'event:meeting-sessions-kislyak-2016-09-08';

/** Each query with an id or name parameter, and the cases to plan (the rest from its example). */
const CASES: [QueryName, Record<string, unknown>][] = [
  ['nodes-by-ids', {}],
  ['evidence-of-nodes', {}],
  ['neighbours', {}],
  ['person-neighbourhood', {}],
  ['entity-by-name', {}],
  ['entity-by-name', { label: null }],
  ['meetings', { participant: PERSON, with: null }],
  ['meetings', { participant: null, with: PERSON }],
  ['statements', { speaker: PERSON, about: null, stance: null }],
  ['statements', { speaker: null, about: MEETING, stance: null }],
  ['statements', { speaker: null, about: null, stance: 'denies' }],
  ['recusals', { person: PERSON }],
  ['timeline', {}],
  ['shortest-path', {}],
  ['all-shortest-paths', {}],
  ['contradictions', { person: PERSON }],
  ['conflicts', { person: PERSON, ids: null }],
  ['conflicts', { person: null, ids: [MEETING, PERSON] }],
  ['meetings-with-evidence', {}],
  ['denials-against-the-record', {}],
  ['who-speaks-for', {}],
];

/** The `:param name => <Cypher literal>` settings of a query's example, unevaluated. */
function exampleParams(name: QueryName): Map<string, string> {
  const text = readFileSync(join(PROJECT_ROOT, 'cypher', 'queries', `${name}.cypher`), 'utf8');
  const example = text.split('\n').find((line) => line.startsWith('// Example:')) ?? '';
  return new Map(
    [...example.matchAll(/:param (\w+) => (.+?)(?=\s+:param |\s+then |\s+gives |$)/g)].map(
      (m): [string, string] => [m[1] ?? '', m[2] ?? ''],
    ),
  );
}

interface Found {
  operator: string;
  details: string;
}

/** The scans of a plan that are not inside a branch guarded by `UNWIND CASE WHEN $x IS NULL …`. */
function unguardedScans(plan: Plan, guarded = false): Found[] {
  const details = String(plan.arguments['Details'] ?? '');
  const operator = plan.operatorType.replace(/@.*$/, '');
  const own = SCANS.has(operator) && !guarded ? [{ operator, details }] : [];
  const [left, ...rest] = plan.children;
  // An Apply runs its right side once per row of its left side: no rows, no run.
  const guards = operator.endsWith('Apply') && left !== undefined && isGuard(left);
  return [
    ...own,
    ...(left ? unguardedScans(left, guarded) : []),
    ...rest.flatMap((child) => unguardedScans(child, guarded || guards)),
  ];
}

/** An UNWIND of a CASE that gives nothing when an id is given: `CASE WHEN $x IS NULL …`. */
function isGuard(plan: Plan): boolean {
  const details = String(plan.arguments['Details'] ?? '');
  if (plan.operatorType.startsWith('Unwind') && /CASE[\s\S]*IS NULL/.test(details)) return true;
  return plan.children.length === 1 && plan.children[0] !== undefined && isGuard(plan.children[0]);
}

describe('named queries given an id start from an index seek', () => {
  const driver = testDriver();
  const { database } = testCoordinates();
  beforeAll(async () => seedBundled(driver));
  afterAll(() => driver.close());

  const explain = async (name: QueryName, overrides: Record<string, unknown>) => {
    const params: Record<string, unknown> = {};
    for (const [key, literal] of exampleParams(name)) {
      const evaluated = await driver.executeQuery(`RETURN ${literal} AS value`, {}, { database });
      params[key] = evaluated.records[0]?.get('value');
    }
    Object.assign(params, overrides);
    // The hop bound is written into the text (src/queries/hop-bound.ts), as a JavaScript number.
    const hops = neo4j.isInt(params['maxHops']) ? params['maxHops'].toNumber() : undefined;
    const text = queryText(name, { ...params, maxHops: hops });
    // Planned afresh for the graph as it is now, never a plan cached for another graph.
    const result = await driver.executeQuery(`EXPLAIN CYPHER replan=force ${text}`, params, {
      database,
      routing: neo4j.routing.READ,
    });
    const plan = result.summary.plan;
    if (!plan) throw new Error(`EXPLAIN of ${name} gave no plan`);
    return plan;
  };

  it.each(CASES)('%s %j', async (name, overrides) => {
    expect(unguardedScans(await explain(name, overrides))).toEqual([]);
  });

  it('the guard check itself finds a scan that an id does not avoid', async () => {
    const result = await driver.executeQuery(
      'EXPLAIN MATCH (p:Person) WHERE $person IS NULL OR p.id = $person RETURN p',
      { person: PERSON },
      { database },
    );
    const plan = result.summary.plan;
    expect(plan && unguardedScans(plan).map((s) => s.operator)).toEqual(['NodeByLabelScan']);
  });

  it('stats reads only the count store, and counts every label and type the graph holds', async () => {
    const plan = await explain('stats', {});
    const operators = (p: Plan): string[] => [
      p.operatorType.replace(/@.*$/, ''),
      ...p.children.flatMap(operators),
    ];
    const reads = operators(plan).filter((op) => /Scan|Seek|Expand/.test(op));
    expect(reads).toEqual([]);
    const [row] = (await driver.executeQuery(queryText('stats'), {}, { database })).records;
    const walked = await driver.executeQuery(
      `CALL () { MATCH (n) UNWIND labels(n) AS name RETURN name, count(*) AS count ORDER BY name }
       RETURN collect({name: name, count: count}) AS labels`,
      {},
      { database },
    );
    const types = await driver.executeQuery(
      `MATCH ()-[r]->() WITH type(r) AS name, count(*) AS count ORDER BY name
       RETURN collect({name: name, count: count}) AS types`,
      {},
      { database },
    );
    const plain = (value: unknown) =>
      JSON.parse(
        JSON.stringify(value, (_k, v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v)),
      ) as unknown;
    expect(plain(row?.get('labels'))).toEqual(plain(walked.records[0]?.get('labels')));
    expect(plain(row?.get('types'))).toEqual(plain(types.records[0]?.get('types')));
  });
});
