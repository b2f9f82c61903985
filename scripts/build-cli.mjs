#!/usr/bin/env node
/* global process, URL */
// Compiles the CLI (src/cli/index.ts and what it imports from src/) to JavaScript in dist/, so
// that `testimony` starts without transpiling TypeScript. `npm install` and `npm ci` run it (the
// `prepare` script); `npm run build` runs it by hand. bin/testimony.mjs runs dist/cli.js.
//
// One esbuild bundle of our own code, split at each lazy `import()` (a command's code loads
// when that command runs); packages stay in node_modules, imported as usual. Every output file
// lands directly in dist/, one level below the project root as src/paths.ts is, so PATHS (cypher/,
// graphql/, seed/, browser/) resolves the same from the compiled code. No type checking here:
// that is `npm run typecheck`.
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

// esbuild is a dev dependency. An install without dev dependencies still succeeds: the CLI then
// runs the TypeScript through tsx (see bin/testimony.mjs), as it would without this build.
const esbuild = await import('esbuild').catch((error) => {
  process.stderr.write(`Cannot build the CLI: esbuild is not installed (${String(error)}).\n`);
  process.exit(process.env.npm_lifecycle_event === 'prepare' ? 0 : 1);
});

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist`;
// Built beside dist/ and swapped in whole: a CLI started meanwhile never sees half a build.
const staging = `${root}dist.build-${process.pid}`;

try {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli/index.ts' },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    packages: 'external',
    // Stack traces map back to src/ with NODE_OPTIONS=--enable-source-maps.
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  await rm(dist, { recursive: true, force: true });
  await rename(staging, dist);
} finally {
  await rm(staging, { recursive: true, force: true });
}
