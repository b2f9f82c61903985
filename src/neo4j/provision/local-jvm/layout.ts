import { join, resolve } from 'node:path';
import type { Env } from '../../../config/index.js';
import { PATHS, PROJECT_ROOT } from '../../../paths.js';

/**
 * One Neo4j home holds the jars (lib/, shared); each instance (default for `npm start`,
 * test for the test suite) has its own conf, data, logs and run folders, so the two never collide.
 */
export interface LocalLayout {
  home: string;
  lib: string;
  pom: string;
  instance: string;
  conf: string;
  data: string;
  logs: string;
  authFile: string;
  /** The password Testimony generated for the instance, readable by its owner only. */
  passwordFile: string;
  consoleLog: string;
}

export function localLayout(env: Env): LocalLayout {
  const home = resolve(PROJECT_ROOT, env.TESTIMONY_NEO4J_HOME);
  const instance = join(home, 'instances', env.TESTIMONY_NEO4J_INSTANCE);
  const data = join(instance, 'data');
  const logs = join(instance, 'logs');
  return {
    home,
    lib: join(home, 'lib'),
    pom: PATHS.neo4jPom,
    instance,
    conf: join(instance, 'conf'),
    data,
    logs,
    authFile: join(data, 'dbms', 'auth.ini'),
    passwordFile: join(instance, 'neo4j-password'),
    consoleLog: join(logs, 'console.log'),
  };
}
