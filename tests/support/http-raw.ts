import { request } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request with headers fetch() will not send (a forged Host), over node:http. Bounded:
 * it fails after 10 s rather than hang a test.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: options.method ?? 'GET',
      headers: options.headers,
      timeout: 10_000,
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within 10 s`)));
    req.on('error', reject);
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.end(options.body);
  });
}

export interface OpenSocket {
  socket: Socket;
  /** Everything the server sent so far. */
  received: () => string;
  /** Resolves with ms since open when the server closes the connection, or undefined after `withinMs`. */
  closed: (withinMs: number) => Promise<number | undefined>;
}

/** A raw TCP connection to the API (loopback), recording what it receives and when it closes. */
export function openSocket(port: number): Promise<OpenSocket> {
  return new Promise((resolve, reject) => {
    const opened = performance.now();
    let data = '';
    let closedAt: number | undefined;
    const socket = connect({ host: '127.0.0.1', port });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', () => undefined); // a reset is a close, as far as these tests care
    socket.on('close', () => (closedAt = performance.now() - opened));
    socket.once('connect', () =>
      resolve({
        socket,
        received: () => data,
        closed: (withinMs) =>
          new Promise((done) => {
            if (closedAt !== undefined) {
              done(closedAt);
              return;
            }
            const timer = setTimeout(() => done(undefined), withinMs);
            socket.once('close', () => {
              clearTimeout(timer);
              done(closedAt);
            });
          }),
      }),
    );
    socket.once('error', reject);
  });
}
