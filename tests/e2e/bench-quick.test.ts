import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { QUESTIONS } from '../../bench/api/questions.js';
import { benchResultsSchema } from '../../bench/report/schema.js';
import { baseEnv } from '../support/cli.js';
import { runChild, type ChildRun } from '../support/spawn.js';
import { LOCAL_JVM_ONLY, withoutLocalJvm } from '../support/neo4j.js';

/**
 * The CI smoke test of the benchmarks: `npm run bench -- --quick` runs end to end and writes
 * valid results. It checks what was measured and that every answer was right, never how fast.
 */
function npmRunBench(out: string): Promise<ChildRun> {
  return runChild('npm', ['run', 'bench', '--', '--quick', '--out', out], {
    cwd: PROJECT_ROOT,
    env: baseEnv(),
  });
}

// The benchmarks start local Neo4j instances of their own and run neo4j-admin import.
describe.skipIf(withoutLocalJvm())(`npm run bench -- --quick ${LOCAL_JVM_ONLY}`, () => {
  it('runs every part and writes valid JSON, Markdown and an SVG chart', async () => {
    const out = mkdtempSync(join(tmpdir(), 'testimony-bench-'));
    const run = await npmRunBench(out);
    expect(run.code, run.all.slice(-3000)).toBe(0);

    const results = benchResultsSchema.parse(
      JSON.parse(readFileSync(join(out, 'bench.json'), 'utf8')),
    );
    expect(results.quick).toBe(true);
    const [size] = results.sizes;
    expect(size?.people).toBe(1000);
    // Every question, server and concurrency was measured, and every answer counted was right.
    for (const question of QUESTIONS) {
      for (const server of ['ours', 'raw', 'peer'] as const) {
        for (const concurrency of results.concurrency) {
          const cell = size?.api.find(
            (c) =>
              c.server === server && c.question === question.name && c.concurrency === concurrency,
          );
          expect(cell, `${server} ${question.name} c=${concurrency}`).toBeDefined();
          expect(cell?.requests).toBeGreaterThan(0);
          expect(cell?.failures, `${server} ${question.name} c=${concurrency}`).toBe(0);
        }
      }
    }
    // The loader loaded the generated graph; the references ran.
    expect(size?.loader.facts).toBeGreaterThan(9000);
    expect(size?.loader.phasesMs).toHaveProperty('commit');
    expect(size?.naive?.writesDone).toBeGreaterThan(0);
    expect(size?.adminImport, size?.adminImportError).toBeDefined();
    expect(size?.paths.found).toBeGreaterThan(0);
    expect(results.profile?.operators.length).toBeGreaterThan(0);

    const markdown = readFileSync(join(out, 'bench.md'), 'utf8');
    for (const heading of [
      '## Targets',
      '## Load throughput',
      '## API latency and throughput',
      '## Cold start',
      '## shortestPath',
      '## PROFILE',
    ])
      expect(markdown).toContain(heading);
    const svg = readFileSync(join(out, 'bench-latency.svg'), 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    for (const question of QUESTIONS) expect(svg).toContain(question.name);
    // A hang guard, not a timing claim: the run starts a Neo4j and three API servers of its own.
  }, 600_000);
});
