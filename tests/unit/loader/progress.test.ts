import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBars } from '../../../src/loader/index.js';

/** A stream that says it is a terminal and keeps what is written to it. */
function fakeTerminal() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true });
  return { stream, text: () => chunks.join('') };
}

describe('the loader progress bars', () => {
  it('show a long step with its counts and rate', () => {
    const { stream, text } = fakeTerminal();
    const step = progressBars(stream).step('seed synthetic create-relationships', 50_000);
    step.advance(10_000);
    step.advance(40_000);
    step.stop();
    expect(text()).toContain('seed synthetic create-relationships');
    expect(text()).toContain('50000/50000 rows');
    expect(text()).toMatch(/\d+ rows\/s/);
  });

  it('stay silent for a short step', () => {
    const { stream, text } = fakeTerminal();
    const step = progressBars(stream).step('seed tiny upsert-nodes', 100);
    step.advance(100);
    step.stop();
    expect(text()).toBe('');
  });
});
