import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { TestimonyError } from '../../../errors.js';
import { SUPPORTED_JAVA_MAJORS } from '../versions.js';

const INSTALL_HINT =
  'Install it, e.g. `sudo apt-get install openjdk-17-jdk-headless maven` on Debian/Ubuntu ' +
  '(or `brew install openjdk@17 maven` on macOS), or use Docker: `docker compose up`.';

/** The java to run Neo4j with: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function findJava(env: NodeJS.ProcessEnv = process.env): { path: string; major: number } {
  const path = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const result = spawnSync(path, ['-version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) {
    const where = env.JAVA_HOME ? `at JAVA_HOME (${path})` : 'on PATH';
    throw new TestimonyError(
      'JAVA_MISSING',
      `Java (JDK 17) was not found ${where}; the local Neo4j server needs it.`,
      {
        hint: INSTALL_HINT,
        cause: result.error,
      },
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (!SUPPORTED_JAVA_MAJORS.some((supported) => supported === major)) {
    throw new TestimonyError(
      'JAVA_UNSUPPORTED',
      `Neo4j 5.26 runs on Java ${SUPPORTED_JAVA_MAJORS.join(' or ')}, but ${path} is Java ${major}.`,
      {
        hint:
          'Point JAVA_HOME at a JDK 17, e.g. JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64. ' +
          INSTALL_HINT,
      },
    );
  }
  return { path, major };
}

/** `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` (or "1.8.0_392" for Java 8). */
export function parseJavaMajor(versionOutput: string): number {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return Number.NaN;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

/** Maven is only needed for the first start (or after a version change), to fetch Neo4j's jars. */
export function findMaven(env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) {
    throw new TestimonyError(
      'MAVEN_MISSING',
      'Maven (mvn) was not found on PATH; it downloads the local Neo4j server from Maven Central on the first start.',
      {
        hint: INSTALL_HINT,
        cause: result.error,
      },
    );
  }
  return 'mvn';
}
