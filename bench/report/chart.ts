import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { BenchResults } from './schema.js';

const SERVER_NAMES = {
  ours: 'Testimony API',
  peer: '@neo4j/graphql 7',
  raw: 'raw Cypher (floor)',
} as const;

/**
 * Latency against graph size, one panel per question: p50 at concurrency 1 of the three
 * servers, people on a log axis. Rendered to SVG by Vega (no browser, no canvas needed).
 */
export async function latencyChart(results: BenchResults): Promise<string> {
  const values = results.sizes.flatMap((size) =>
    size.api
      .filter((cell) => cell.concurrency === 1)
      .map((cell) => ({
        people: size.people,
        question: cell.question,
        server: SERVER_NAMES[cell.server],
        p50: Math.max(cell.p50, 0.1),
      })),
  );
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: {
      text: 'p50 latency against graph size (concurrency 1)',
      subtitle: `${results.machine.cpus} cores, Neo4j ${results.machine.neo4j}, ${results.measuredAt.slice(0, 10)}`,
    },
    data: { values },
    facet: { field: 'question', type: 'nominal', title: null },
    columns: 3,
    spec: {
      width: 220,
      height: 150,
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'people', type: 'quantitative', scale: { type: 'log' }, title: 'people' },
        y: { field: 'p50', type: 'quantitative', scale: { type: 'log' }, title: 'p50 (ms)' },
        color: { field: 'server', type: 'nominal', title: null, legend: { orient: 'bottom' } },
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
