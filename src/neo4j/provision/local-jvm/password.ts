import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, rename, rm, writeFile } from 'node:fs/promises';
import type { Env } from '../../../config/index.js';
import { TestimonyError } from '../../../errors.js';
import { createDriver, toTestimonyError, type Neo4jCoordinates } from '../../driver.js';
import type { LocalLayout } from './layout.js';

/**
 * The fixed password that instances made by earlier Testimony versions were given. Published, so
 * never used to create an instance: it is only tried once on such an instance, to replace it.
 */
const LEGACY_PASSWORD = 'testimony-dev';

/** Where the local server's password comes from; `legacy` is an old instance still to convert. */
export interface LocalCredential {
  source: 'env' | 'file' | 'legacy';
  password: string;
}

/** NEO4J_PASSWORD wins; else the instance's password file; else an old instance's default. */
export function localCredential(env: Env, layout: LocalLayout): LocalCredential | undefined {
  if (env.NEO4J_PASSWORD) return { source: 'env', password: env.NEO4J_PASSWORD };
  const stored = readStoredPassword(layout.passwordFile);
  if (stored !== undefined) return { source: 'file', password: stored };
  if (existsSync(layout.authFile)) return { source: 'legacy', password: LEGACY_PASSWORD };
  return undefined;
}

/** A new instance's password, random, kept in its owner-only file. */
export async function createPassword(layout: LocalLayout): Promise<LocalCredential> {
  const password = randomPassword();
  await storePassword(layout.passwordFile, password);
  return { source: 'file', password };
}

/** 24 random bytes (192 bits), as 32 URL-safe characters: no quoting trouble anywhere. */
function randomPassword(): string {
  return randomBytes(24).toString('base64url');
}

function readStoredPassword(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trimEnd();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function storePassword(file: string, password: string): Promise<void> {
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  // `mode` applies only when the file is created: an older file keeps its bits otherwise.
  await chmod(file, 0o600);
}

/**
 * An old instance that still takes the published default gets a random password, changed over
 * Bolt. The new password is written (owner-only) before the change and renamed into place after
 * it, so a failure at any point never leaves the server with a password no file holds.
 */
export async function replaceLegacyPassword(
  layout: LocalLayout,
  coordinates: Neo4jCoordinates,
): Promise<Neo4jCoordinates> {
  const fresh = randomPassword();
  const pending = `${layout.passwordFile}.new`;
  await storePassword(pending, fresh);
  const driver = createDriver(coordinates);
  try {
    await driver.executeQuery(
      'ALTER CURRENT USER SET PASSWORD FROM $old TO $new',
      { old: coordinates.password, new: fresh },
      { database: 'system' },
    );
  } catch (error) {
    await rm(pending, { force: true });
    throw toTestimonyError(error, coordinates);
  } finally {
    await driver.close();
  }
  await rename(pending, layout.passwordFile);
  return { ...coordinates, password: fresh };
}

/** The local server refused the password Testimony has for it. */
export function localAuthFailure(
  layout: LocalLayout,
  credential: LocalCredential,
  cause: unknown,
): TestimonyError {
  const afresh = `or delete ${layout.instance} to start afresh with a new random password (this deletes its data)`;
  const { message, hint } = {
    env: {
      message: 'The local Neo4j refused NEO4J_PASSWORD.',
      hint: `It keeps the password it was first started with: unset NEO4J_PASSWORD to use the one in ${layout.passwordFile}, set it to the right one, ${afresh}.`,
    },
    file: {
      message: `The local Neo4j refused the password in ${layout.passwordFile}.`,
      hint: `Set NEO4J_PASSWORD to the password it was first started with, ${afresh}.`,
    },
    legacy: {
      message: `The local Neo4j in ${layout.instance} has no password file (an earlier Testimony made it, or NEO4J_PASSWORD set its password) and refused the old default password.`,
      hint: `Set NEO4J_PASSWORD to its password, ${afresh}.`,
    },
  }[credential.source];
  return new TestimonyError('NEO4J_AUTH_FAILED', message, { hint, cause });
}

/** Nothing to log in with: the instance was never started and NEO4J_PASSWORD is unset. */
export function noLocalPassword(layout: LocalLayout): TestimonyError {
  return new TestimonyError(
    'NEO4J_AUTH_FAILED',
    `There is no password for the local Neo4j: ${layout.passwordFile} does not exist (Testimony writes it when it first starts the instance).`,
    {
      hint: 'Start the local server with `npm start` (which writes the file, and replaces the old default password of an instance made by an earlier version), set NEO4J_PASSWORD to its password, or point NEO4J_URI at a running Neo4j.',
    },
  );
}
