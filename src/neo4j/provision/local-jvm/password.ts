import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import type { Env } from '../../../config/index.js';
import { TestimonyError } from '../../../errors.js';
import { createDriver, toTestimonyError, type Neo4jCoordinates } from '../../driver.js';
import type { LocalLayout } from './layout.js';

/**
 * The fixed password that instances made by earlier Testimony versions were given. Published, so
 * never used to create an instance: it is only tried once on such an instance, to replace it.
 */
const LEGACY_PASSWORD = 'testimony-dev';

/**
 * Where the local server's password comes from: `pending` is the new password of an old instance
 * whose conversion stopped before the rename (see replaceLegacyPassword); `legacy` is an old
 * instance still to convert.
 */
export interface LocalCredential {
  source: 'env' | 'file' | 'pending' | 'legacy';
  password: string;
}

/** What is on disk for an instance, read once so the choice below stays a pure function. */
export interface StoredPasswords {
  env?: string | undefined;
  file?: string | undefined;
  pending?: string | undefined;
  hasAuthFile: boolean;
}

/**
 * The passwords to try, in order: NEO4J_PASSWORD alone when set; else the password file; else,
 * on an instance that has a password, a pending conversion's password, then the old default.
 */
export function credentialCandidates(stored: StoredPasswords): LocalCredential[] {
  if (stored.env) return [{ source: 'env', password: stored.env }];
  if (stored.file !== undefined) return [{ source: 'file', password: stored.file }];
  if (!stored.hasAuthFile) return [];
  const legacy: LocalCredential = { source: 'legacy', password: LEGACY_PASSWORD };
  return stored.pending === undefined
    ? [legacy]
    : [{ source: 'pending', password: stored.pending }, legacy];
}

export function localCredentials(env: Env, layout: LocalLayout): LocalCredential[] {
  return credentialCandidates({
    env: env.NEO4J_PASSWORD,
    file: readStoredPassword(layout.passwordFile),
    pending: readStoredPassword(pendingFile(layout)),
    hasAuthFile: existsSync(layout.authFile),
  });
}

/** The first password to try (see credentialCandidates), if any. */
export function localCredential(env: Env, layout: LocalLayout): LocalCredential | undefined {
  return localCredentials(env, layout)[0];
}

/** The server took a pending conversion's password: it becomes the instance's password file. */
export async function adoptPendingPassword(
  layout: LocalLayout,
  pending: LocalCredential,
): Promise<LocalCredential> {
  await rename(pendingFile(layout), layout.passwordFile);
  return { source: 'file', password: pending.password };
}

const pendingFile = (layout: LocalLayout) => `${layout.passwordFile}.new`;

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

/**
 * Created afresh, owner-only from its first byte: writing over an existing file would keep its
 * bits (`mode` applies only on creation) and follow a symlink planted there; `wx` refuses both.
 */
export async function storePassword(file: string, password: string): Promise<void> {
  await rm(file, { force: true });
  await writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
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
  const pending = pendingFile(layout);
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
    pending: {
      message: `The local Neo4j refused the password in ${pendingFile(layout)} (left by an interrupted replacement of its old default password).`,
      hint: `Set NEO4J_PASSWORD to its password, ${afresh}.`,
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
