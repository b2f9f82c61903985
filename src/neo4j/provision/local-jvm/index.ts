import { existsSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Env } from '../../../config/index.js';
import { TestimonyError, invariant } from '../../../errors.js';
import { logger, type Reporter } from '../../../log.js';
import { isAuthError, verifyNeo4j, type Neo4jCoordinates } from '../../driver.js';
import { isPortOpen, probeHttpPort } from '../ports.js';
import { waitUntilReady } from '../readiness.js';
import { provisioned, type ProvisionedNeo4j } from '../types.js';
import { NEO4J_VERSION } from '../versions.js';
import { ensureNeo4jLib } from './assemble.js';
import { renderNeo4jConf } from './conf.js';
import { localLayout, type LocalLayout } from './layout.js';
import { setInitialPassword } from './initial-password.js';
import {
  adoptPendingPassword,
  createPassword,
  localAuthFailure,
  localCredential,
  localCredentials,
  noLocalPassword,
  replaceLegacyPassword,
  type LocalCredential,
} from './password.js';
import { findJava } from './prerequisites.js';
import { Neo4jProcess } from './process.js';

// The strategy's public API beyond starting a server: offline tools (bench, tests) use these.
export { adminImport, type AdminImportResult } from './admin-import.js';
export { localLayout, type LocalLayout } from './layout.js';

const log = logger('provision');
const HOST = '127.0.0.1';

/** Where the local server listens, without credentials (those are its password's business). */
function localEndpoints(env: Env): Omit<Neo4jCoordinates, 'password'> {
  return {
    uri: `neo4j://${HOST}:${env.TESTIMONY_NEO4J_BOLT_PORT}`,
    username: env.NEO4J_USERNAME,
    database: env.NEO4J_DATABASE,
    httpUrl: `http://${HOST}:${env.TESTIMONY_NEO4J_HTTP_PORT}`,
  };
}

/**
 * For questions to the local server `npm start` runs: NEO4J_PASSWORD, else its password file.
 * An old instance's published default is never tried here: `npm start` replaces it first.
 */
export function localCoordinates(env: Env): Neo4jCoordinates {
  const layout = localLayout(env);
  const credential = localCredential(env, layout);
  if (credential === undefined || credential.source === 'legacy') throw noLocalPassword(layout);
  return { ...localEndpoints(env), password: credential.password };
}

/** Strategy c: a Neo4j Community server assembled from Maven Central and run on the local JDK. */
export async function startLocalJvm(
  env: Env,
  reporter: Reporter,
  signal?: AbortSignal,
): Promise<ProvisionedNeo4j> {
  const layout = localLayout(env);
  const reused = await reuseRunning(env, layout, reporter);
  if (reused) return reused;

  const java = findJava();
  await ensureNeo4jLib(layout, reporter, signal);
  const candidates = await prepareInstance(layout, env, java.path);

  reporter.info(
    `Starting Neo4j ${NEO4J_VERSION} (instance "${env.TESTIMONY_NEO4J_INSTANCE}", Bolt ${HOST}:${env.TESTIMONY_NEO4J_BOLT_PORT}, HTTP ${HOST}:${env.TESTIMONY_NEO4J_HTTP_PORT})…`,
  );
  const started = Date.now();
  const server = Neo4jProcess.start(java.path, layout);
  let login: LogIn;
  try {
    login = await logIn(layout, candidates, localEndpoints(env), reporter, (coordinates) =>
      waitUntilReady({
        coordinates,
        httpHost: HOST,
        httpPort: env.TESTIMONY_NEO4J_HTTP_PORT,
        timeoutMs: env.TESTIMONY_NEO4J_START_TIMEOUT_S * 1000,
        exited: () => server.exited(),
        logTail: () => server.tail(),
        signal,
      }),
    );
  } catch (error) {
    // Never leave a half-started server behind.
    await server.stop(15_000);
    throw error;
  }
  reporter.info(
    `Neo4j is ready after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${server.pid}).`,
  );
  return provisioned(
    'local-jvm',
    login.coordinates,
    () => server.stop(),
    passwordFileOf(layout, login.credential),
  );
}

/**
 * An instance's folders, conf and password, without starting it: what an offline tool such as
 * `neo4j-admin database import` needs (see admin-import.ts).
 */
export async function prepareStoppedInstance(env: Env, reporter: Reporter): Promise<void> {
  const layout = localLayout(env);
  await ensureNeo4jLib(layout, reporter);
  await prepareInstance(layout, env, findJava().path);
}

/**
 * If our ports already answer: a Neo4j that takes our credentials is reused (another
 * `npm start`, or one left running); anything else on them is an error, never a silent clash.
 */
async function reuseRunning(
  env: Env,
  layout: LocalLayout,
  reporter: Reporter,
): Promise<ProvisionedNeo4j | undefined> {
  const httpPort = env.TESTIMONY_NEO4J_HTTP_PORT;
  const boltPort = env.TESTIMONY_NEO4J_BOLT_PORT;
  const http = await probeHttpPort(HOST, httpPort);
  if (http.kind === 'other')
    throw portInUse(httpPort, 'HTTP', 'TESTIMONY_NEO4J_HTTP_PORT', http.detail);
  if (http.kind === 'free') {
    if (await isPortOpen(HOST, boltPort))
      throw portInUse(
        boltPort,
        'Bolt',
        'TESTIMONY_NEO4J_BOLT_PORT',
        'the port accepts connections',
      );
    return undefined;
  }
  log.debug({ httpPort, version: http.version }, 'a Neo4j already answers; trying our credentials');
  const { credential, coordinates } = await logIn(
    layout,
    localCredentials(env, layout),
    localEndpoints(env),
    reporter,
    verifyNeo4j,
  );
  reporter.info(
    `Reusing the Neo4j ${http.version} (${http.edition}) that already answers on ${HOST}:${httpPort}; it is not ours to stop.`,
  );
  return provisioned('local-jvm', coordinates, undefined, passwordFileOf(layout, credential));
}

function portInUse(port: number, what: string, variable: string, detail: string): TestimonyError {
  return new TestimonyError(
    'PORT_IN_USE',
    `Port ${port} on ${HOST} (Neo4j ${what}) is taken by something that is not Neo4j (${detail}).`,
    {
      hint: `Stop what listens there (e.g. \`ss -ltnp 'sport = :${port}'\` shows it), or set ${variable} to a free port.`,
    },
  );
}

/**
 * Folders, conf and password of an instance. The instance folder (conf, logs, data, password)
 * and the data folder are owner-only, and so are auth.ini and the password file themselves:
 * on a shared machine other users must not read the password, its hash or the graph.
 */
async function prepareInstance(
  layout: LocalLayout,
  env: Env,
  java: string,
): Promise<LocalCredential[]> {
  for (const dir of [layout.instance, layout.data]) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700); // an instance made by an earlier version kept the umask's bits
  }
  for (const dir of [
    layout.conf,
    layout.logs,
    ...['run', 'plugins'].map((d) => join(layout.instance, d)),
  ])
    await mkdir(dir, { recursive: true });
  const conf = renderNeo4jConf(layout, {
    boltPort: env.TESTIMONY_NEO4J_BOLT_PORT,
    httpPort: env.TESTIMONY_NEO4J_HTTP_PORT,
    heap: env.TESTIMONY_NEO4J_HEAP,
    pageCache: env.TESTIMONY_NEO4J_PAGECACHE,
    transactionMax: env.TESTIMONY_NEO4J_TX_MEMORY,
  });
  await writeFile(join(layout.conf, 'neo4j.conf'), conf);
  const found = localCredentials(env, layout);
  const [credential, ...rest] = found.length > 0 ? found : [await createPassword(layout)];
  invariant(credential, 'an instance always has a password to try');
  // Auth stays on: the password is set before the very first start, as Neo4j requires.
  if (!existsSync(layout.authFile)) await setInitialPassword(layout, java, credential);
  await chmod(layout.authFile, 0o600);
  if (credential.source === 'file') await chmod(layout.passwordFile, 0o600);
  return [credential, ...rest];
}

interface LogIn {
  credential: LocalCredential;
  coordinates: Neo4jCoordinates;
}

/**
 * Logs in with the first candidate the server takes (see credentialCandidates); a refusal moves
 * on to the next, the last one's refusal is explained. Then settles the password it took.
 */
async function logIn(
  layout: LocalLayout,
  candidates: readonly LocalCredential[],
  endpoints: Omit<Neo4jCoordinates, 'password'>,
  reporter: Reporter,
  check: (coordinates: Neo4jCoordinates) => Promise<void>,
): Promise<LogIn> {
  for (const [index, credential] of candidates.entries()) {
    const coordinates = { ...endpoints, password: credential.password };
    try {
      await check(coordinates);
      return await settle(layout, { credential, coordinates }, reporter);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      if (index < candidates.length - 1) continue;
      throw localAuthFailure(layout, credential, error);
    }
  }
  throw noLocalPassword(layout);
}

/**
 * A pending conversion's password that worked becomes the password file; an old instance still
 * on its published default gets a random password now.
 */
async function settle(layout: LocalLayout, login: LogIn, reporter: Reporter): Promise<LogIn> {
  const { credential, coordinates } = login;
  if (credential.source === 'pending')
    return { credential: await adoptPendingPassword(layout, credential), coordinates };
  if (credential.source !== 'legacy') return login;
  const converted = await replaceLegacyPassword(layout, coordinates);
  reporter.info(
    `Replaced the old default password of the local Neo4j with a random one, kept in ${layout.passwordFile}.`,
  );
  return { credential: { source: 'file', password: converted.password }, coordinates: converted };
}

/** The file `npm start` names for the password; none when NEO4J_PASSWORD gave it. */
function passwordFileOf(
  layout: LocalLayout,
  credential: LocalCredential,
): { passwordFile?: string } {
  return credential.source === 'env' ? {} : { passwordFile: layout.passwordFile };
}

function isRefusal(error: unknown): boolean {
  return (
    (error instanceof TestimonyError && error.code === 'NEO4J_AUTH_FAILED') || isAuthError(error)
  );
}
