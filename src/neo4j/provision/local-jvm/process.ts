import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { logger } from '../../../log.js';
import type { LocalLayout } from './layout.js';

const log = logger('neo4j');
const TAIL_LINES = 40;

/**
 * The Neo4j server, run through Neo4j's own launcher (`neo4j console`), which reads neo4j.conf
 * and starts the server JVM with the configured heap and flags. The launcher only supervises,
 * so it gets a small heap of its own. It runs in its own process group (detached) so that Ctrl-C
 * reaches us first and we stop Neo4j in order; SIGTERM to the launcher stops the server cleanly.
 */
export class Neo4jProcess {
  private readonly tailLines: string[] = [];
  private exitDescription: string | undefined;

  private constructor(private readonly child: ChildProcess) {
    child.once('exit', (code, signal) => {
      this.exitDescription = signal ? `killed by ${signal}` : `exit code ${code}`;
    });
  }

  static start(java: string, layout: LocalLayout): Neo4jProcess {
    const args = [
      '-Xmx96m',
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      '-cp',
      join(layout.lib, '*'),
      'org.neo4j.server.startup.Neo4jCommand',
      'console',
    ];
    // JAVA_OPTS would replace every flag the launcher derives from neo4j.conf: never pass it on.
    const { JAVA_OPTS: _ignored, ...inherited } = process.env;
    const child = spawn(java, args, {
      env: { ...inherited, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const server = new Neo4jProcess(child);
    server.capture(layout.consoleLog);
    return server;
  }

  private capture(consoleLog: string): void {
    const file = createWriteStream(consoleLog, { flags: 'a' });
    const onLine = (line: string) => {
      file.write(`${line}\n`);
      log.debug(line);
      this.tailLines.push(line);
      if (this.tailLines.length > TAIL_LINES) this.tailLines.shift();
    };
    if (this.child.stdout) createInterface({ input: this.child.stdout }).on('line', onLine);
    if (this.child.stderr) createInterface({ input: this.child.stderr }).on('line', onLine);
    this.child.once('close', () => file.end());
    this.child.once('error', (error) => {
      this.exitDescription = `could not start: ${error.message}`;
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Why the process is gone, or undefined while it runs. */
  exited(): string | undefined {
    return this.exitDescription;
  }

  tail(): string {
    return this.tailLines.map((line) => `    ${line}`).join('\n');
  }

  /** SIGTERM, then wait; SIGKILL the whole group only if Neo4j has not stopped within the grace period. */
  async stop(graceMs = 60_000): Promise<void> {
    if (this.exitDescription !== undefined || this.child.pid === undefined) return;
    const closed = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => {
      log.warn({ pid: this.child.pid }, 'Neo4j did not stop in time; killing it');
      if (this.child.pid !== undefined) process.kill(-this.child.pid, 'SIGKILL');
    }, graceMs);
    try {
      await closed;
    } finally {
      clearTimeout(timer);
    }
  }
}
