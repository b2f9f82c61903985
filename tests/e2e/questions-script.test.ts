import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { neo4jEnv } from '../support/cli.js';
import { testCoordinates, seedBundled } from '../support/neo4j.js';
import { runChild } from '../support/spawn.js';

describe('examples/questions.sh (npm run questions)', () => {
  const target = testCoordinates();
  beforeAll(async () => {
    await seedBundled();
  });

  it('asks the analyst questions through the CLI and every answer checks out', async () => {
    const run = await runChild('bash', ['examples/questions.sh'], {
      cwd: PROJECT_ROOT,
      env: neo4jEnv(target),
      timeoutMs: 120_000,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.match(/^ok /gm)).toHaveLength(9);
    expect(run.stdout).toContain('All answers checked.');
    // Ten CLI processes one after another: a hang guard for a loaded machine, not a timing claim.
  }, 180_000);
});
