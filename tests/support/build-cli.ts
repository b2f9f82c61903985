import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

/**
 * The e2e project's first setup: compiles the CLI (npm run build), once per run, so that the
 * tests that run bin/testimony.mjs run the compiled dist/ a user gets from `npm install`, built
 * from the sources under test (a stale dist/ would make bin fall back to tsx).
 */
export function setup(): void {
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build-cli.mjs')], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
}
