#!/usr/bin/env node
/* global process, URL */
// The `testimony` command. It runs the compiled CLI, dist/cli.js, which `npm install` / `npm ci`
// build (the `prepare` script; by hand: `npm run build`): no TypeScript is transpiled at start.
//
// A developer who edits src/ gets the edit, not a stale build: when dist/ is missing or older
// than any file in src/, the TypeScript runs through tsx instead (seconds slower per command),
// and on a terminal a line on stderr says how to get the fast start back.
import { readdirSync, statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const compiled = `${root}dist/cli.js`;

/** Why the build cannot be used ('' when it can): missing, or older than a source file. */
function staleness() {
  let built;
  try {
    built = statSync(compiled).mtimeMs;
  } catch {
    return 'dist/ is missing';
  }
  // Directories too: a file deleted or renamed changes its folder's time.
  const src = `${root}src`;
  const entries = readdirSync(src, { recursive: true }).map((name) => `${src}/${name}`);
  const newer = [src, ...entries].some((path) => statSync(path).mtimeMs > built);
  return newer ? 'src/ changed since dist/ was built' : '';
}

// V8's compiled code for dist/ and node_modules, kept on disk (the OS temp folder, or
// NODE_COMPILE_CACHE) between runs: later starts skip most of the parsing and compiling.
module.enableCompileCache?.();

const reason = staleness();
if (!reason) {
  await import(compiled);
} else {
  if (process.stderr.isTTY) {
    process.stderr.write(
      `testimony: ${reason}; running the TypeScript through tsx (slower start). \`npm run build\` makes it fast again.\n`,
    );
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/index.ts');
}
