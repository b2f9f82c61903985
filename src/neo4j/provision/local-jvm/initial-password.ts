import { execa } from 'execa';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestimonyError } from '../../../errors.js';
import type { LocalLayout } from './layout.js';
import type { LocalCredential } from './password.js';

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
  credential: LocalCredential,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'testimony-admin-')); // created 0700
  const argFile = join(dir, 'args');
  try {
    await writeFile(argFile, javaArgFile(adminToolArgs(layout.lib, credential.password)), {
      mode: 0o600,
    });
    const run = await execa(java, [`@${argFile}`], {
      env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf },
      stdin: 'ignore',
      all: true,
      reject: false,
    });
    if (run.exitCode !== 0) throw initialPasswordFailed(run.all, layout, credential);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * AdminTool's arguments for `dbms set-initial-password`. The `--` ends its options: a password
 * starting with `-` (1 in 64 random base64url ones) would otherwise be read as an unknown option.
 */
export function adminToolArgs(lib: string, password: string): string[] {
  return [
    '-Xmx128m',
    '-Dfile.encoding=UTF-8',
    '-cp',
    join(lib, '*'),
    'org.neo4j.cli.AdminTool',
    'dbms',
    'set-initial-password',
    '--',
    password,
  ];
}

function initialPasswordFailed(
  output: string,
  layout: LocalLayout,
  credential: LocalCredential,
): TestimonyError {
  const tail = output.trim().split('\n').slice(-10).join('\n');
  // Only a password the user chose can be too short: Testimony's own are 32 characters.
  const hint =
    credential.source === 'env'
      ? 'Neo4j requires a password of at least 8 characters: set NEO4J_PASSWORD to a longer one, or unset it to get a random one.'
      : `Read neo4j-admin's output above; check that Java and the jars in ${layout.lib} are intact (delete that folder to fetch them again).`;
  return new TestimonyError(
    'NEO4J_START_FAILED',
    `neo4j-admin could not set the initial password:\n${tail}`,
    { hint },
  );
}
