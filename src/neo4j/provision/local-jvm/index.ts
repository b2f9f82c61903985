import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCAL_DEV_PASSWORD, type Env } from '../../../config/index.js';
import { TestimonyError } from '../../../errors.js';
import { logger, type Reporter } from '../../../log.js';
import { verifyNeo4j, type Neo4jCoordinates } from '../../driver.js';
import { isPortOpen, probeHttpPort } from '../ports.js';
import { waitUntilReady } from '../readiness.js';
import { provisioned, type ProvisionedNeo4j } from '../types.js';
import { NEO4J_VERSION } from '../versions.js';
import { ensureNeo4jLib } from './assemble.js';
import { renderNeo4jConf } from './conf.js';
import { localLayout, type LocalLayout } from './layout.js';
import { findJava } from './prerequisites.js';
import { Neo4jProcess } from './process.js';

// The strategy's public API beyond starting a server: offline tools (bench, tests) use these.
export { adminImport, type AdminImportResult } from './admin-import.js';
export { localLayout, type LocalLayout } from './layout.js';

const log = logger('provision');
const HOST = '127.0.0.1';

export function localCoordinates(env: Env): Neo4jCoordinates {
  return {
    uri: `neo4j://${HOST}:${env.TESTIMONY_NEO4J_BOLT_PORT}`,
    username: env.NEO4J_USERNAME,
    password: env.NEO4J_PASSWORD ?? LOCAL_DEV_PASSWORD,
    database: env.NEO4J_DATABASE,
    httpUrl: `http://${HOST}:${env.TESTIMONY_NEO4J_HTTP_PORT}`,
  };
}

/** Strategy c: a Neo4j Community server assembled from Maven Central and run on the local JDK. */
export async function startLocalJvm(
  env: Env,
  reporter: Reporter,
  signal?: AbortSignal,
): Promise<ProvisionedNeo4j> {
  const coordinates = localCoordinates(env);
  const reused = await reuseRunning(env, coordinates, reporter);
  if (reused) return reused;

  const java = findJava();
  const layout = localLayout(env);
  await ensureNeo4jLib(layout, reporter, signal);
  await prepareInstance(layout, env, java.path, coordinates.password);

  reporter.info(
    `Starting Neo4j ${NEO4J_VERSION} (instance "${env.TESTIMONY_NEO4J_INSTANCE}", Bolt ${HOST}:${env.TESTIMONY_NEO4J_BOLT_PORT}, HTTP ${HOST}:${env.TESTIMONY_NEO4J_HTTP_PORT})…`,
  );
  const started = Date.now();
  const server = Neo4jProcess.start(java.path, layout);
  try {
    await waitUntilReady({
      coordinates,
      httpHost: HOST,
      httpPort: env.TESTIMONY_NEO4J_HTTP_PORT,
      timeoutMs: env.TESTIMONY_NEO4J_START_TIMEOUT_S * 1000,
      exited: () => server.exited(),
      logTail: () => server.tail(),
      signal,
    });
  } catch (error) {
    // Never leave a half-started server behind.
    await server.stop(15_000);
    throw explainAuthFailure(error, layout);
  }
  reporter.info(
    `Neo4j is ready after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${server.pid}).`,
  );
  return provisioned('local-jvm', coordinates, () => server.stop());
}

/**
 * An instance's folders, conf and password, without starting it: what an offline tool such as
 * `neo4j-admin database import` needs (see admin-import.ts).
 */
export async function prepareStoppedInstance(env: Env, reporter: Reporter): Promise<void> {
  const layout = localLayout(env);
  await ensureNeo4jLib(layout, reporter);
  await prepareInstance(layout, env, findJava().path, localCoordinates(env).password);
}

/**
 * If our ports already answer: a Neo4j that takes our credentials is reused (another
 * `npm start`, or one left running); anything else on them is an error, never a silent clash.
 */
async function reuseRunning(
  env: Env,
  coordinates: Neo4jCoordinates,
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
  await verifyNeo4j(coordinates);
  reporter.info(
    `Reusing the Neo4j ${http.version} (${http.edition}) that already answers on ${HOST}:${httpPort}; it is not ours to stop.`,
  );
  return provisioned('local-jvm', coordinates);
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

async function prepareInstance(
  layout: LocalLayout,
  env: Env,
  java: string,
  password: string,
): Promise<void> {
  for (const dir of [
    layout.conf,
    layout.data,
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
  if (!existsSync(layout.authFile)) setInitialPassword(layout, java, password);
}

/** Auth stays on: the password is set before the very first start, as Neo4j requires. */
function setInitialPassword(layout: LocalLayout, java: string, password: string): void {
  const result = spawnSync(
    java,
    [
      '-Xmx128m',
      '-cp',
      join(layout.lib, '*'),
      'org.neo4j.server.startup.Neo4jAdminCommand',
      'dbms',
      'set-initial-password',
      password,
    ],
    { env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-10).join('\n');
    throw new TestimonyError(
      'NEO4J_START_FAILED',
      `neo4j-admin could not set the initial password:\n${output}`,
      {
        hint: 'Neo4j requires at least 8 characters: check NEO4J_PASSWORD.',
      },
    );
  }
}

function explainAuthFailure(error: unknown, layout: LocalLayout): unknown {
  if (!(error instanceof TestimonyError) || error.code !== 'NEO4J_AUTH_FAILED') return error;
  return new TestimonyError('NEO4J_AUTH_FAILED', error.message, {
    hint: `The local server keeps the password it was first started with. Use that NEO4J_PASSWORD, or delete ${layout.instance} to start afresh (this deletes its data).`,
  });
}
