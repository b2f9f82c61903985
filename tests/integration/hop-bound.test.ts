import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNeo4j } from '../../src/neo4j/index.js';
import { PATHS } from '../../src/paths.js';
import { queryText, toPlain } from '../../src/queries/index.js';
import { seedBundled, testCoordinates, testDriver } from '../support/neo4j.js';

const PATH_QUERIES = ['shortest-path', 'all-shortest-paths'] as const;
const question = {
  from: 'person:sarah-isgur-flores',
  to: 'person:sergey-kislyak',
  types: ['SPOKE_FOR', 'MET_WITH', 'MADE', 'ABOUT', 'PARTICIPATED_IN', 'REPRESENTS'],
  claims: 'include',
  limit: 10,
};

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}
const flatten = (plan: PlanNode): PlanNode[] => [plan, ...plan.children.flatMap(flatten)];

describe('maxHops bounds the shortest-path search itself', () => {
  let driver: Driver;
  const { database } = testCoordinates();
  beforeAll(async () => {
    driver = testDriver();
    await seedBundled(driver);
  });
  afterAll(() => driver.close());

  const run = async (cypher: string, params: Record<string, unknown>) =>
    driver.executeQuery(cypher, toNeo4j(params), { database });

  it.each(PATH_QUERIES)(
    '%s with maxHops=2 plans a shortest path of at most 2 hops',
    async (name) => {
      const params = { ...question, maxHops: 2 };
      const { summary } = await run(`EXPLAIN ${queryText(name, params)}`, params);
      expect(summary.plan).not.toBe(false);
      const searches = flatten(summary.plan as PlanNode).filter((op) =>
        op.operatorType.startsWith('ShortestPath'),
      );
      expect(searches).toHaveLength(1);
      expect(String(searches[0]?.arguments['Details'])).toMatch(/\*\.\.2\]/);
    },
  );

  it.each(PATH_QUERIES)(
    '%s answers as the file does in Browser (bound 10, filtered by $maxHops)',
    async (name) => {
      const browser = readFileSync(join(PATHS.namedQueries, `${name}.cypher`), 'utf8');
      expect(browser).toContain('[*..10 /* maxHops */]');
      const answers: number[] = [];
      for (const maxHops of [1, 2, 3, 10]) {
        const params = { ...question, maxHops };
        const bounded = await run(queryText(name, params), params);
        const asWritten = await run(browser, params);
        const rows = bounded.records.map((r) => toPlain(r.toObject()));
        expect(rows).toEqual(asWritten.records.map((r) => toPlain(r.toObject())));
        answers.push(rows.length);
      }
      // Flores is two hops from Kislyak: nothing within one, the same answer from two on.
      expect(answers[0]).toBe(0);
      expect(answers[1]).toBeGreaterThan(0);
      expect(new Set(answers.slice(1)).size).toBe(1);
    },
  );
});
