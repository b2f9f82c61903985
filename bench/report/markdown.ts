import type { LoadCell } from '../api/load.js';
import type { BenchResults, SizeResult } from './schema.js';

/** The Markdown summary: tables first, then each target with the measured figure beside it. */

const f = (value: number | undefined, digits = 1) =>
  value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
const k = (value: number) =>
  value >= 10_000 ? `${Math.round(value / 1000)}k` : String(Math.round(value));
const x = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}x`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const header = (cells: string[]) => [row(cells), row(cells.map(() => '---'))];

function cell(
  size: SizeResult,
  server: LoadCell['server'],
  question: string,
  concurrency: number,
): LoadCell | undefined {
  return size.api.find(
    (c) => c.server === server && c.question === question && c.concurrency === concurrency,
  );
}

function loadTable(results: BenchResults): string[] {
  return [
    '## Load throughput (facts per second)',
    '',
    'A fact is a node or relationship of the graph (evidence links not counted). The loader is `testimony seed` as users run it, in a process of its own:',
    '"end to end" is process start to exit (validation included); "write" is its one write transaction. The naive baseline writes the same graph with one',
    'auto-commit round trip per node, span, relationship and link. neo4j-admin is the offline importer on the CSV export: the physical ceiling (JVM start included).',
    '',
    ...header([
      'people',
      'facts',
      'loader end to end',
      'loader write',
      'validate (s)',
      'write (s)',
      'peak RSS (MiB)',
      'naive',
      'loader / naive',
      'neo4j-admin import',
      'loader / import',
    ]),
    ...results.sizes.map((s) =>
      row([
        k(s.people),
        k(s.loader.facts),
        k(s.loader.factsPerSecond),
        k(s.loader.factsPerSecondWriteOnly),
        f(s.loader.validateMs / 1000),
        f(s.loader.writeMs / 1000),
        Math.round(s.loader.maxRssMiB),
        s.naive
          ? `${k(s.naive.factsPerSecond)}${s.naive.complete ? '' : ` (${Math.round((100 * s.naive.writesDone) / s.naive.writes)}% in ${f(s.naive.ms / 1000, 0)} s)`}`
          : 'not run',
        x(s.naive ? s.loader.factsPerSecond / s.naive.factsPerSecond : undefined),
        s.adminImport
          ? k(s.adminImport.factsPerSecond)
          : s.adminImportError
            ? 'failed (see bench.json)'
            : '–',
        x(s.adminImport ? s.loader.factsPerSecond / s.adminImport.factsPerSecond : undefined),
      ]),
    ),
    '',
  ];
}

function apiTable(results: BenchResults, size: SizeResult): string[] {
  const lines = [
    `### ${k(size.people)} people`,
    '',
    ...header([
      'question',
      'c',
      'ours p50 / p95 / p99 (ms)',
      'ours rps',
      'raw p50 / p95 / p99',
      'raw rps',
      '@neo4j/graphql p50 / p95 / p99',
      'peer rps',
      'ours / raw p50',
      'ours / peer p50',
      'failures',
    ]),
  ];
  const triple = (c: LoadCell | undefined) => (c ? `${f(c.p50)} / ${f(c.p95)} / ${f(c.p99)}` : '–');
  for (const question of results.questions) {
    for (const concurrency of results.concurrency) {
      const [ours, raw, peer] = (['ours', 'raw', 'peer'] as const).map((server) =>
        cell(size, server, question.name, concurrency),
      );
      const failures = [ours, raw, peer].reduce((sum, c) => sum + (c?.failures ?? 0), 0);
      lines.push(
        row([
          question.name,
          concurrency,
          triple(ours),
          f(ours?.rps, 0),
          triple(raw),
          f(raw?.rps, 0),
          triple(peer),
          f(peer?.rps, 0),
          x(ours && raw ? ours.p50 / raw.p50 : undefined),
          x(ours && peer ? ours.p50 / peer.p50 : undefined),
          failures,
        ]),
      );
    }
  }
  return [...lines, ''];
}

function targets(results: BenchResults): string[] {
  const largest = results.sizes.at(-1) as SizeResult;
  const perQuestion = (server: 'raw' | 'peer', concurrency: number) =>
    results.questions.map((q) => {
      const ours = cell(largest, 'ours', q.name, concurrency);
      const other = cell(largest, server, q.name, concurrency);
      return { name: q.name, ratio: ours && other ? ours.p50 / other.p50 : Number.NaN };
    });
  const vsRaw = perQuestion('raw', 1);
  const vsPeer = perQuestion('peer', 8);
  const naive = results.sizes
    .filter((s) => s.naive)
    .map(
      (s) =>
        `${k(s.people)}: ${x(s.loader.factsPerSecond / (s.naive?.factsPerSecond ?? Number.NaN))}`,
    );
  const verdict = (met: boolean) => (met ? '**met**' : '**missed**');
  return [
    `## Targets (at ${k(largest.people)} people, the largest size of this run)`,
    '',
    `- API p50 within 1.2x of raw Cypher for every question (concurrency 1): ${verdict(vsRaw.every((q) => q.ratio <= 1.2))}. ${vsRaw.map((q) => `${q.name} ${x(q.ratio)}`).join(', ')}.`,
    `- Faster than @neo4j/graphql on every question at concurrency 8 (p50): ${verdict(vsPeer.every((q) => q.ratio < 1))}. ${vsPeer.map((q) => `${q.name} ${x(q.ratio)}`).join(', ')}.`,
    `- Loader at least 20x the naive baseline: ${verdict(results.sizes.every((s) => !s.naive || s.loader.factsPerSecond >= 20 * s.naive.factsPerSecond))}. ${naive.join(', ') || 'naive not run'}.`,
    `- Loader at least 50k facts/s at 100k people: ${largest.people >= 100_000 ? `${verdict(largest.loader.factsPerSecond >= 50_000)}. ${k(largest.loader.factsPerSecond)} facts/s end to end, ${k(largest.loader.factsPerSecondWriteOnly)} in its write transaction.` : 'not measured in this run (no 100k size).'}`,
    `- shortestPath p99 under 100 ms at 100k people: ${largest.people >= 100_000 ? `${verdict(largest.paths.p99 < 100)}. p99 ${f(largest.paths.p99)} ms.` : 'not measured in this run.'}`,
    '',
  ];
}

export function markdownReport(results: BenchResults): string {
  const m = results.machine;
  return [
    `# Benchmark results${results.quick ? ' (quick run: smoke test, not for comparison)' : ''}`,
    '',
    `Measured ${results.measuredAt} with \`npm run bench${results.quick ? ' -- --quick' : ''}\` on ${m.cpus} cores, ${m.memoryGiB} GiB, Node ${m.node}, Neo4j ${m.neo4j}`,
    `(heap ${m.neo4jHeap}, page cache ${m.neo4jPageCache}), synthetic datasets of seed ${results.seed} (bench/synthetic/). ${results.quick ? 'Quick load cells of 20 + 5 × c requests each' : `Load cells of ${results.cellSeconds} s each`},`,
    'autocannon as load generator; every server ran alone with Neo4j, in a process of its own. Raw JSON: bench.json; chart: bench-latency.svg.',
    '',
    '![p50 latency against graph size](bench-latency.svg)',
    '',
    ...targets(results),
    ...loadTable(results),
    '## API latency and throughput',
    '',
    'ours = the Testimony GraphQL API (`testimony serve`); raw = the same question as Cypher through neo4j-driver behind a bare node:http server (the floor);',
    '@neo4j/graphql = the peer, version 7, serving equivalent type definitions on the same Neo4j. c = concurrent connections. Questions:',
    '',
    ...results.questions.map((q) => `- **${q.name}**: ${q.describe}`),
    '',
    ...results.sizes.flatMap((size) => apiTable(results, size)),
    '## Cold start (process start to the first answered question)',
    '',
    ...header(['server', 'ms']),
    row(['Testimony API', f(results.coldStartMs.ours, 0)]),
    row(['@neo4j/graphql 7', f(results.coldStartMs.peer, 0)]),
    row(['raw Cypher server', f(results.coldStartMs.raw, 0)]),
    '',
    '## shortestPath between random pairs of people (at most 4 hops, one at a time)',
    '',
    ...header([
      'people',
      'pairs',
      'found within 4 hops',
      'mean length',
      'p50 (ms)',
      'p99 (ms)',
      'max (ms)',
    ]),
    ...results.sizes.map((s) =>
      row([
        k(s.people),
        s.paths.pairs,
        s.paths.found,
        f(s.paths.meanLength),
        f(s.paths.p50),
        f(s.paths.p99),
        f(s.paths.max),
      ]),
    ),
    '',
    ...(results.profile
      ? [
          `## PROFILE of the slowest question: ${results.profile.question} at ${k(results.profile.size)} people`,
          '',
          `${results.profile.totalDbHits} db hits in all, ${results.profile.rows} rows. The operators with most db hits:`,
          '',
          ...header(['operator', 'db hits', 'rows', 'details']),
          ...results.profile.operators.map((op) =>
            row([op.operator, op.dbHits, op.rows, `\`${op.details.replace(/\|/g, '\\|')}\``]),
          ),
          '',
        ]
      : []),
  ].join('\n');
}
