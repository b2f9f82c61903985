/**
 * DataLoader per request (what the API does) against one compiled Cypher per root field, on
 * one question: a person, their meetings, and each meeting's participants. Both run in-process
 * (no HTTP), on the bundled dataset, in the same run. Baseline: the compiled Cypher.
 * Usage: npm run bench:strategies [-- runs]   Writes bench/results/api-strategies.{json,md}.
 */
import { execute, parse } from 'graphql';
import neo4j from 'neo4j-driver';
import { buildSchema, createLoaders } from '../src/api/index.js';
import { withNeo4j } from '../src/neo4j/index.js';
import { loadEnv } from '../src/config/index.js';
import { percentile } from './lib/stats.js';
import { writeResults } from './results-file.js';
import { bundledDatasets, prepareDatasets, seed } from '../src/loader/index.js';
import { streamReporter } from '../src/log.js';
import { QueryExecutor, toPlain } from '../src/queries/index.js';

const runs = Number(process.argv[2] ?? 300);
const QUESTION = parse(
  '{ person(id: "person:jeff-sessions") { name meetings { name date { value precision } participants { role node { id } } } } }',
);
// The same answer in one round trip: what a "compiled" root field would send.
const COMPILED = `MATCH (p:Person {id: $id})
RETURN p.name AS name,
  [(p)-[:PARTICIPATED_IN]->(m:Event {kind: 'meeting'}) | m {.name, date: {value: m.date, precision: toUpper(m.datePrecision)},
    participants: [(x)-[r:PARTICIPATED_IN]->(m) | {role: r.role, node: {id: x.id}}]}] AS meetings`;

async function time(run: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < 30; i += 1) await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

const env = loadEnv();
const reporter = streamReporter(process.stderr);
const graphs = await prepareDatasets(bundledDatasets());
const results = await withNeo4j(
  env,
  reporter,
  new AbortController().signal,
  async (driver, provisioned) => {
    const database = provisioned.coordinates.database;
    await seed(driver, graphs, { database, reporter });
    const schema = buildSchema();
    const executor = new QueryExecutor(driver, { database, timeoutMs: 5000 });
    const before = executor.roundTrips;
    const dataloader = await time(async () => {
      const result = await execute({
        schema,
        document: QUESTION,
        contextValue: { executor, loaders: createLoaders(executor), requestId: 'bench' },
      });
      if (result.errors) throw new Error(result.errors[0]?.message);
    });
    const tripsPerRequest = (executor.roundTrips - before) / (runs + 30);
    const compiled = await time(async () => {
      const result = await driver.executeQuery(
        COMPILED,
        { id: 'person:jeff-sessions' },
        { database, routing: neo4j.routing.READ },
      );
      JSON.stringify(toPlain(result.records[0]?.toObject()));
    });
    return { dataloader, compiled, tripsPerRequest };
  },
);

const row = (name: string, samples: number[], trips: number) => ({
  name,
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  p99: percentile(samples, 99),
  roundTrips: trips,
});
const summary = {
  runs,
  question: 'person(id) { name meetings { name date participants { role node { id } } } }',
  strategies: [
    row('DataLoader per request (the API)', results.dataloader, results.tripsPerRequest),
    row('one compiled Cypher (baseline)', results.compiled, 1),
  ],
  measuredAt: new Date().toISOString(),
};
const [loader, compiled] = summary.strategies as [ReturnType<typeof row>, ReturnType<typeof row>];
const table = [
  `# DataLoader vs one compiled Cypher (${runs} runs each, in-process, ms)`,
  '',
  '| strategy | p50 | p95 | p99 | round trips per request |',
  '| --- | --- | --- | --- | --- |',
  ...summary.strategies.map(
    (s) =>
      `| ${s.name} | ${s.p50.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.p99.toFixed(2)} | ${s.roundTrips} |`,
  ),
  '',
  `p50 ratio DataLoader / compiled: ${(loader.p50 / compiled.p50).toFixed(2)}x`,
  '',
].join('\n');
await writeResults('api-strategies', summary, table);
