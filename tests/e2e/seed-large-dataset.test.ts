import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { breakLastSpeaker, lineAndColumn } from '../../bench/synthetic/break.js';
import { writeSynthetic } from '../../bench/synthetic/write.js';
import { baseEnv, neo4jEnv, runCli } from '../support/cli.js';
import { testCoordinates } from '../support/neo4j.js';

// The bounded-memory path of a large JSON dataset (JSON.parse, then one streaming pass to find
// the lines of its problems), at 10k people (~10 MB). bench/validate-large.ts measures 100k.
describe('seed --dry-run of a 10k-people dataset with one bad reference', () => {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-large-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the reference with its file, line, column and JSON path, and nothing else', async () => {
    const generated = await writeSynthetic(dir, { people: 10_000, seed: 7, name: 'large' });
    const file = join(dir, 'broken.json');
    const broken = await breakLastSpeaker(generated, file, 2);
    const { line, column } = lineAndColumn(readFileSync(file, 'utf8'), broken.offset);
    expect(line).toBeGreaterThan(100_000); // the mistake is deep in the file, on a line of its own
    // A heap far below what a document model of the file takes (the YAML one took ~40x the
    // file): the scale of the 1 GB bound at 100 MB, with room to spare for the CLI itself.
    // The file alone is valid: an id it does not define is looked up in the graph (the run's).
    const env = neo4jEnv(testCoordinates(), { NODE_OPTIONS: '--max-old-space-size=256' });
    const run = await runCli(['seed', '--dry-run', file], env, { timeoutMs: 120_000 });
    expect(run.stderr).toContain('[DATASET_INVALID] 1 problem(s); nothing was written');
    expect(run.stderr).toContain(
      `${file}:${line}:${column}: ${broken.path}: unknown reference ${broken.id}`,
    );
    expect(run.code).toBe(1);
  }, 180_000);

  it('reports a syntax error deep in the file by line and column', async () => {
    const generated = await writeSynthetic(dir, { people: 10_000, seed: 8, name: 'syntax' });
    const text = readFileSync(generated, 'utf8');
    const offset = text.lastIndexOf('"speaker":');
    const file = join(dir, 'syntax.json');
    writeFileSync(file, `${text.slice(0, offset)}"speaker" ${text.slice(offset + 10)}`);
    const env = baseEnv({ NODE_OPTIONS: '--max-old-space-size=256' });
    const run = await runCli(['seed', '--dry-run', file], env, { timeoutMs: 120_000 });
    expect(run.stderr).toContain(`${file}:1:${offset + 11}: $: JSON syntax error: expected ":"`);
    expect(run.code).toBe(1);
  }, 180_000);
});
