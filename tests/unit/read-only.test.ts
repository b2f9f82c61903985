import { describe, expect, it } from 'vitest';
import { planRefusal, procedureName, type PlanOperator } from '../../src/queries/read-only.js';

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
