import type { BenchNeo4j } from '../lib/neo4j.js';
import { Random } from '../synthetic/random.js';
import { LAST_NAMES } from '../synthetic/words.js';
import { loadCell, type LoadCell } from './load.js';
import { QUESTIONS, type Args, type Question } from './questions.js';
import { ask, requestBody } from './requests.js';
import { startServer, type RunningServer, type ServerKind } from './servers.js';

export interface ApiRun {
  cells: LoadCell[];
  coldStartMs: Record<ServerKind, number>;
}

interface ApiOptions {
  name: string;
  people: number;
  seed: number;
  cellSeconds: number;
  quick: boolean;
  say: (message: string) => void;
}

export const CONCURRENCY = [1, 8, 32] as const;
const SERVERS: ServerKind[] = ['raw', 'ours', 'peer'];

/** The same inputs for every server: random people (uniform, so hubs and loners alike), pairs, names. */
export function argumentPool(name: string, people: number, seed: number): Args[] {
  const random = new Random(seed + 2);
  const id = () => `person:${name}-${random.int(0, people - 1)}`;
  return Array.from({ length: 64 }, () => ({
    id: id(),
    other: id(),
    word: random.pick(LAST_NAMES),
  }));
}

/** Refuses to time a server that answers a question wrongly: a fast error is not a fast answer. */
async function check(server: RunningServer, question: Question, pool: Args[]): Promise<void> {
  for (const args of pool.slice(0, 3)) {
    const answer = await ask(server.url, requestBody(server.kind, question, args));
    if (!answer.ok)
      throw new Error(
        `${server.kind} answered ${question.name} with an error: ${answer.body.slice(0, 500)}`,
      );
  }
}

/** Discarded requests first (JIT, query plans, connection pools): a full second of load, or 20 requests in a quick run. */
async function warmUp(
  server: RunningServer,
  question: Question,
  pool: Args[],
  quick: boolean,
): Promise<void> {
  if (!quick) {
    await loadCell(server, question, pool, 8, { seconds: 1 });
    return;
  }
  // Each autocannon run costs a second of its own clock at least: a quick run warms up without it.
  for (const args of pool.slice(0, 20))
    await ask(server.url, requestBody(server.kind, question, args));
}

/**
 * Each server in turn (alone on the machine with Neo4j and the load generator): cold start, then
 * for each question a warm-up and one cell per concurrency.
 */
export async function benchApi(bench: BenchNeo4j, options: ApiOptions): Promise<ApiRun> {
  const pool = argumentPool(options.name, options.people, options.seed);
  const cells: LoadCell[] = [];
  const coldStartMs = {} as Record<ServerKind, number>;
  const [first] = QUESTIONS as [Question];
  for (const kind of SERVERS) {
    let last = '';
    const server = await startServer(
      kind,
      bench.neo4j.coordinates,
      async (url) => {
        const answer = await ask(url, requestBody(kind, first, pool[0] as Args));
        last = answer.body;
        return answer.ok;
      },
      () => last,
    );
    coldStartMs[kind] = server.coldStartMs;
    options.say(
      `${options.people} people: ${kind} server answered its first question ${Math.round(server.coldStartMs)} ms after its start`,
    );
    try {
      for (const question of QUESTIONS) {
        await check(server, question, pool);
        await warmUp(server, question, pool, options.quick);
        for (const concurrency of CONCURRENCY) {
          cells.push(
            await loadCell(
              server,
              question,
              pool,
              concurrency,
              options.quick ? { requests: 20 + 5 * concurrency } : { seconds: options.cellSeconds },
            ),
          );
        }
      }
    } finally {
      await server.stop();
    }
  }
  return { cells, coldStartMs };
}
