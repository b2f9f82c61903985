import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { baseEnv } from '../support/cli.js';
import { testCoordinates, seedBundled } from '../support/neo4j.js';

describe('examples/questions.sh (npm run questions)', () => {
  const target = testCoordinates();
  beforeAll(async () => {
    await seedBundled();
  });

  it('asks the analyst questions through the CLI and every answer checks out', () => {
    const run = spawnSync('bash', ['examples/questions.sh'], {
      cwd: PROJECT_ROOT,
      env: baseEnv({
        NEO4J_URI: target.uri,
        NEO4J_USERNAME: target.username,
        NEO4J_PASSWORD: target.password,
      }),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.match(/^ok /gm)).toHaveLength(8);
    expect(run.stdout).toContain('All answers checked.');
  });
});
