import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, listenError } from '../../src/api/listen.js';
import { TestimonyError } from '../../src/errors.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => new Promise((resolve) => s.close(() => resolve(undefined)))),
  );
});

function server(): Server {
  const s = createServer();
  servers.push(s);
  return s;
}

async function failure(host: string, port: number): Promise<unknown> {
  return listen(server(), host, port).then(
    () => new Error(`listened on ${host}:${port}, expected a failure`),
    (error: unknown) => error,
  );
}

describe('listen (the API port)', () => {
  it('listens on a free port', async () => {
    const s = server();
    await listen(s, '127.0.0.1', 0);
    expect(s.listening).toBe(true);
  });

  it('leaves no error listener behind once listening: later errors reach the server', async () => {
    const s = server();
    const before = s.listenerCount('error');
    await listen(s, '127.0.0.1', 0);
    expect(s.listenerCount('error')).toBe(before);
  });

  it('a port in use is PORT_IN_USE (exit 3), naming host, port and TESTIMONY_API_PORT', async () => {
    const taken = server();
    await listen(taken, '127.0.0.1', 0);
    const port = (taken.address() as { port: number }).port;
    const error = await failure('127.0.0.1', port);
    expect(error).toBeInstanceOf(TestimonyError);
    expect(error).toMatchObject({ code: 'PORT_IN_USE', exitCode: 3 });
    expect((error as TestimonyError).describe()).toContain(`Port ${port} on 127.0.0.1`);
    expect((error as TestimonyError).hint).toContain('TESTIMONY_API_PORT');
  });

  // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of this machine, and binding sends nothing.
  it('an address not on this machine is PORT_DENIED (exit 2), naming it and TESTIMONY_API_HOST', async () => {
    const error = await failure('192.0.2.1', 4000);
    expect(error).toBeInstanceOf(TestimonyError);
    expect(error).toMatchObject({ code: 'PORT_DENIED', exitCode: 2 });
    expect((error as TestimonyError).message).toContain('port 4000 on 192.0.2.1');
    expect((error as TestimonyError).hint).toContain('TESTIMONY_API_HOST');
  });

  it('a privileged port (EACCES) is PORT_DENIED, pointing at TESTIMONY_API_PORT', () => {
    const eacces = Object.assign(new Error('listen EACCES'), { code: 'EACCES' });
    const error = listenError(eacces, '0.0.0.0', 80);
    expect(error).toMatchObject({ code: 'PORT_DENIED', exitCode: 2 });
    expect(error?.message).toContain('port 80 on 0.0.0.0');
    expect(error?.hint).toContain('TESTIMONY_API_PORT');
  });

  it('leaves an error it does not know as it is', () => {
    const other = Object.assign(new Error('listen EMFILE'), { code: 'EMFILE' });
    expect(listenError(other, '127.0.0.1', 4000)).toBeUndefined();
  });
});
