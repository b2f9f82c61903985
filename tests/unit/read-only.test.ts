import { describe, expect, it } from 'vitest';
import {
  functionNames,
  planRefusal,
  procedureName,
  type PlanOperator,
} from '../../src/queries/read-only.js';

const op = (operatorType: string, details?: string, children: PlanOperator[] = []) => ({
  operatorType,
  arguments: details === undefined ? {} : { Details: details },
  children,
});

describe('procedureName', () => {
  it.each([
    ['db.labels() :: (label :: STRING)', 'db.labels'],
    ['db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)', 'db.index.fulltext.queryNodes'],
    ['', undefined],
    [undefined, undefined],
  ])('%s -> %s', (details, name) => {
    expect(procedureName(details)).toBe(name);
  });
});

describe('planRefusal', () => {
  const read = (plan: PlanOperator) => planRefusal('r', plan);

  it('lets a plain read and an allowlisted procedure through', () => {
    expect(read(op('ProduceResults@neo4j', 'n', [op('AllNodesScan@neo4j', 'n')]))).toBeUndefined();
    expect(read(op('ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)'))).toBeUndefined();
  });

  it('finds a refused operator deep in the plan', () => {
    const plan = op('ProduceResults@neo4j', 'r', [
      op('Apply@neo4j', undefined, [op('Argument@neo4j'), op('LoadCSV@neo4j', 'r')]),
    ]);
    expect(read(plan)).toContain('LOAD CSV');
  });

  it('refuses writes, schema statements, a missing plan and an unnamed procedure', () => {
    expect(planRefusal('rw', op('Create@neo4j'))).toContain('write');
    expect(planRefusal('s', op('CreateIndex@neo4j'))).toContain('"s"');
    expect(planRefusal('r', false)).toContain('no plan');
    expect(read(op('ProcedureCall@neo4j'))).toContain('not on the list');
  });
});

describe('functions in any operator', () => {
  const read = (plan: PlanOperator) => planRefusal('r', plan);
  // How Neo4j plans RETURN apoc.cypher.runFirstColumnMany(…): no procedure operator at all.
  const apoc = 'apoc.cypher.runFirstColumnMany($autostring_0, {}) AS r';

  it('finds namespaced calls, backticks or not, and nothing else', () => {
    expect(functionNames(apoc)).toEqual(['apoc.cypher.runFirstColumnMany']);
    expect(functionNames('`apoc`.`cypher`.run($q) AS r')).toEqual(['apoc.cypher.run']);
    expect(functionNames('n.name AS name, count(n) AS c, cache[n.born]')).toEqual([]);
    expect(functionNames(undefined)).toEqual([]);
  });

  it('refuses a plugin function at the top and in a nested child operator', () => {
    expect(read(op('ProduceResults@neo4j', 'r', [op('Projection@neo4j', apoc)]))).toContain(
      'apoc.cypher.runFirstColumnMany',
    );
    const nested = op('ProduceResults@neo4j', 'n', [
      op('Apply@neo4j', undefined, [
        op('Filter@neo4j', 'my.plugin.fn(n.name) = $x', [op('AllNodesScan@neo4j', 'n')]),
      ]),
    ]);
    expect(read(nested)).toContain('my.plugin.fn');
  });

  it('refuses a plugin function passed to an allowlisted procedure', () => {
    const call = "db.index.fulltext.queryNodes($a, apoc.text.join($b, '')) :: (node :: NODE)";
    expect(read(op('ProcedureCall@neo4j', call))).toContain('apoc.text.join');
  });

  it("lets Neo4j's built-in namespaced functions through, in any case", () => {
    const details =
      'date.truncate($a, date()) AS d, DateTime.fromEpochMillis($m) AS t, ' +
      'duration.inDays(a, b) AS x, point.distance(p, q) AS km, ' +
      'vector.similarity.cosine(u, v) AS s';
    expect(
      read(op('ProduceResults@neo4j', 'd', [op('Projection@neo4j', details)])),
    ).toBeUndefined();
  });
});
