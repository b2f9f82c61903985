import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { baseEnv, neo4jEnv } from '../support/cli.js';
import { testCoordinates, testDriver, seedBundled } from '../support/neo4j.js';
import { spawnChild } from '../support/spawn.js';

const driver = testDriver();
beforeAll(async () => seedBundled(driver));
afterAll(() => driver.close());

/** Runs bin/testimony.mjs (of `root`) and lists the modules the process loaded. */
async function runTraced(args: string[], env: NodeJS.ProcessEnv, root = PROJECT_ROOT) {
  const hook = join(PROJECT_ROOT, 'tests', 'support', 'loaded-modules.mjs');
  const run = await spawnChild(
    process.execPath,
    ['--import', hook, join(root, 'bin', 'testimony.mjs'), ...args],
    { cwd: root, env, timeoutMs: 60_000 },
  ).result;
  const line = /\nLOADED (.*)\n/.exec(run.stderr)?.[1];
  expect(line, run.stderr).toBeDefined();
  return { ...run, loaded: JSON.parse(line ?? '[]') as string[] };
}

const fromPackage = (loaded: string[], name: string) =>
  loaded.some((url) => url.includes(`/node_modules/${name}/`));

describe('testimony runs compiled JavaScript (dist/), loading only what the command needs', () => {
  it('a question runs dist/cli.js, not the TypeScript, and loads neither the API server nor the NLP models', async () => {
    const run = await runTraced(
      ['path', 'Sarah Isgur Flores', 'Sergey Kislyak'],
      neo4jEnv(testCoordinates()),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Sergey Kislyak');
    expect(run.loaded).toContain(pathToFileURL(join(PROJECT_ROOT, 'dist', 'cli.js')).href);
    const src = pathToFileURL(join(PROJECT_ROOT, 'src')).href;
    expect(run.loaded.filter((url) => url.startsWith(src))).toEqual([]);
    expect(fromPackage(run.loaded, 'tsx')).toBe(false);
    for (const name of ['express', '@apollo/server', 'helmet', 'compromise', 'wink-nlp'])
      expect(fromPackage(run.loaded, name), name).toBe(false);
  });

  it('--help loads no database driver and no GraphQL', async () => {
    const run = await runTraced(['--help'], baseEnv());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: testimony');
    for (const name of ['neo4j-driver', 'graphql', 'express'])
      expect(fromPackage(run.loaded, name), name).toBe(false);
  });
});

describe('bin/testimony.mjs falls back to the TypeScript when dist/ cannot be used', () => {
  // A scratch project: this bin, a dist/cli.js and a src/cli/index.ts that each say who ran.
  const root = mkdtempSync(join(tmpdir(), 'testimony-bin-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'dist'));
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  copyFileSync(join(PROJECT_ROOT, 'bin', 'testimony.mjs'), join(root, 'bin', 'testimony.mjs'));
  writeFileSync(join(root, 'dist', 'cli.js'), "console.log('compiled');\n");
  writeFileSync(
    join(root, 'src', 'cli', 'index.ts'),
    "const ran: string = 'typescript';\nconsole.log(ran);\n",
  );
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  const touch = (path: string, secondsAgo: number) => {
    const at = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(join(root, path), at, at);
  };
  const ran = async () => (await runTraced([], baseEnv(), root)).stdout.trim();

  it('runs dist/ when it is newer than every file and folder of src/', async () => {
    for (const path of ['src', 'src/cli', 'src/cli/index.ts']) touch(path, 60);
    touch('dist/cli.js', 10);
    expect(await ran()).toBe('compiled');
  });

  it('runs src/ through tsx when a source file was edited after the build', async () => {
    touch('src/cli/index.ts', 1);
    expect(await ran()).toBe('typescript');
  });

  it('runs src/ through tsx when dist/ is missing', async () => {
    rmSync(join(root, 'dist'), { recursive: true });
    expect(await ran()).toBe('typescript');
  });
});
