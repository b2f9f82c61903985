import { execa } from 'execa';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestimonyError } from '../../../errors.js';
import type { LocalLayout } from './layout.js';

/**
 * A Java launcher argument file (`java @file`): one argument a line, each quoted, with `\` and `"`
 * escaped as the launcher's parser expects, so any password survives as one argument.
 */
export function javaArgFile(args: readonly string[]): string {
  const quote = (arg: string) =>
    `"${arg.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`;
  return `${args.map(quote).join('\n')}\n`;
}

/**
 * `neo4j-admin dbms set-initial-password` without the password on any command line (where
 * /proc/<pid>/cmdline shows it to every user). Neo4j's own launcher (Neo4jAdminCommand) would
 * re-run the command in a child JVM with the password among its arguments, so this runs that
 * child's class, AdminTool, directly, its arguments in an owner-only file deleted after the run.
 */
export async function setInitialPassword(
  layout: LocalLayout,
  java: string,
  password: string,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'testimony-admin-')); // created 0700
  const argFile = join(dir, 'args');
  try {
    const args = [
      '-Xmx128m',
      '-Dfile.encoding=UTF-8',
      '-cp',
      join(layout.lib, '*'),
      'org.neo4j.cli.AdminTool',
      'dbms',
      'set-initial-password',
      password,
    ];
    await writeFile(argFile, javaArgFile(args), { mode: 0o600 });
    const run = await execa(java, [`@${argFile}`], {
      env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf },
      stdin: 'ignore',
      all: true,
      reject: false,
    });
    if (run.exitCode !== 0) throw initialPasswordFailed(run.all);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function initialPasswordFailed(output: string): TestimonyError {
  const tail = output.trim().split('\n').slice(-10).join('\n');
  return new TestimonyError(
    'NEO4J_START_FAILED',
    `neo4j-admin could not set the initial password:\n${tail}`,
    { hint: 'Neo4j requires at least 8 characters: check NEO4J_PASSWORD.' },
  );
}
