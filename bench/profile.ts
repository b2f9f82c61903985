import neo4j, { type Driver } from 'neo4j-driver';
import type { ProfiledPlan } from 'neo4j-driver';
import { toNeo4j } from '../src/neo4j/index.js';
import { argumentPool } from './api/bench-api.js';
import { QUESTIONS, rawCypher } from './api/questions.js';
import type { BenchNeo4j } from './lib/neo4j.js';
import type { BenchResults, SizeResult } from './report/schema.js';

export interface Profile {
  question: string;
  totalDbHits: number;
  rows: number;
  /** Operators by db hits, most first. */
  operators: { operator: string; dbHits: number; rows: number; details: string }[];
}

function flatten(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(flatten)];
}

/** PROFILE of one question's Cypher: where its database hits go. */
export async function profileQuery(
  driver: Driver,
  database: string,
  question: string,
  cypher: string,
  params: Record<string, unknown>,
): Promise<Profile> {
  const result = await driver.executeQuery(`PROFILE ${cypher}`, toNeo4j(params), {
    database,
    routing: neo4j.routing.READ,
  });
  const plan = result.summary.profile;
  if (!plan) throw new Error('PROFILE gave no plan');
  const operators = flatten(plan)
    .map((op) => ({
      operator: op.operatorType,
      dbHits: op.dbHits,
      rows: op.rows,
      details: String(op.arguments.Details ?? '').slice(0, 160),
    }))
    .sort((a, b) => b.dbHits - a.dbHits);
  return {
    question,
    totalDbHits: operators.reduce((sum, op) => sum + op.dbHits, 0),
    rows: result.records.length,
    operators: operators.slice(0, 6),
  };
}

/**
 * The worst question at the largest size (highest p50 through our API at concurrency 1), profiled
 * as the Cypher that answers it, with the slowest of the argument pool's first eight inputs.
 */
export async function profileWorst(
  bench: BenchNeo4j,
  size: SizeResult,
  seed: number,
): Promise<BenchResults['profile']> {
  const ours = size.api
    .filter((cell) => cell.server === 'ours' && cell.concurrency === 1)
    .sort((a, b) => b.p50 - a.p50);
  const question = QUESTIONS.find((q) => q.name === ours[0]?.question);
  if (!question) return undefined;
  const pool = argumentPool(`synthetic-${size.people}`, size.people, seed).slice(0, 8);
  const profiles = [];
  for (const args of pool)
    profiles.push(
      await profileQuery(
        bench.driver,
        bench.database,
        question.name,
        rawCypher(question),
        question.raw.params(args),
      ),
    );
  const worst = profiles.sort((a, b) => b.totalDbHits - a.totalDbHits)[0] as Profile;
  return { size: size.people, ...worst };
}
