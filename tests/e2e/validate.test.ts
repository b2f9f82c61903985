import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDatasets } from '../../src/loader/index.js';
import { baseEnv, runCli } from '../support/cli.js';

const OTHER_DIR = join(import.meta.dirname, '..', 'fixtures', 'datasets', 'other-reports');
const OTHER = join(OTHER_DIR, 'other-reports.yaml');

// No NEO4J_URI and nothing started: `validate` never needs a database.
const env = baseEnv();

describe('testimony validate: the files without a database; references across datasets', () => {
  it('passes the fixture alone, and lists the references seed will look up in the graph', async () => {
    const run = await runCli(['validate', OTHER], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Valid: 1 file(s) (fixture-other-reports).');
    expect(run.stderr).toContain(
      'Note: 4 reference(s) to ids that no file given defines; `testimony seed` looks them up in the graph before it writes',
    );
    expect(run.stderr).toContain(
      `${OTHER}:117:14: $.statements[2].about[0].ref: statement:sessions-hearing-answer (a Statement)`,
    );
    expect(run.stderr).not.toContain('Neo4j');
  });

  it('resolves them in the other files given', async () => {
    const run = await runCli(['validate', ...bundledDatasets(), OTHER], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Every reference resolves within these files.');
  });

  it('--json gives the references left for the graph', async () => {
    const run = await runCli(['validate', '--json', OTHER], env);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as {
      valid: boolean;
      datasets: string[];
      unresolved: { id: string; label: string; path: string; line: number }[];
    };
    expect(out.valid).toBe(true);
    expect(out.datasets).toEqual(['fixture-other-reports']);
    expect(out.unresolved.map((r) => `${r.id} ${r.label} ${r.path}`)).toEqual([
      'event:meeting-sessions-kislyak-2016-07 Event $.events[0].sameAs[0]',
      'event:meeting-sessions-kislyak-2016-09-08 Event $.events[1].sameAs[0]',
      'event:meeting-sessions-kislyak-2016-09-08 Event $.statements[1].about[0].ref',
      'statement:sessions-hearing-answer Statement $.statements[2].about[0].ref',
    ]);
  });

  it('refuses a file with problems as seed does (exit 1), listing the references too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testimony-validate-'));
    copyFileSync(
      join(OTHER_DIR, 'fixture-wire-2017-03-02.txt'),
      join(dir, 'fixture-wire-2017-03-02.txt'),
    );
    const file = join(dir, 'other-reports.yaml');
    writeFileSync(file, readFileSync(OTHER, 'utf8').replace('medium: article', 'medium: blog'));
    const run = await runCli(['validate', file], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[DATASET_INVALID] 1 problem(s); nothing was written');
    expect(run.stderr).toContain(`${file}:88:13: $.statements[0].medium`);
    expect(run.stderr).toContain('Not looked up yet: 4 reference(s)');
  });
});
