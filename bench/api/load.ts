import autocannon from 'autocannon';
import { percentile, round } from '../lib/stats.js';
import type { Args, Question } from './questions.js';
import { answeredWithoutErrors, requestBody } from './requests.js';
import type { RunningServer } from './servers.js';

export interface LoadCell {
  server: RunningServer['kind'];
  question: string;
  concurrency: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  /** Answers that were not 2xx, carried GraphQL errors, or failed: any of these makes the cell suspect. */
  failures: number;
}

/**
 * Drives one server with one question at a fixed concurrency for `seconds`, cycling through
 * the argument pool, with autocannon. Every response's latency is kept, so p95 is exact.
 */
/** A cell runs for some seconds (full runs) or for a number of requests (quick runs: autocannon's clock ticks in whole seconds). */
export type CellLength = { seconds: number } | { requests: number };

export async function loadCell(
  server: RunningServer,
  question: Question,
  pool: Args[],
  concurrency: number,
  length: CellLength,
): Promise<LoadCell> {
  const bodies = pool.map((args) => requestBody(server.kind, question, args));
  let next = 0;
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url: server.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: concurrency,
    ...('seconds' in length ? { duration: length.seconds } : { amount: length.requests }),
    timeout: 30,
    // autocannon notices the end of a run only at its next sample: every 100 ms, not every second.
    sampleInt: 100,
    requests: [
      { setupRequest: (request) => ({ ...request, body: bodies[(next += 1) % bodies.length] }) },
    ],
    verifyBody: (body) => answeredWithoutErrors(String(body)),
  };
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) =>
      error ? reject(error as Error) : resolve(done),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    server: server.kind,
    question: question.name,
    concurrency,
    requests: latencies.length,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    rps: round(latencies.length / seconds),
    failures: result.non2xx + result.errors + result.timeouts + (result.mismatches ?? 0),
  };
}
