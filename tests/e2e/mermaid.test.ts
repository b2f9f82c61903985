import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { useChromium } from '../support/browser.js';
import { runCli, neo4jEnv } from '../support/cli.js';
import { testCoordinates, seedBundled } from '../support/neo4j.js';

const MERMAID = join(PROJECT_ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

describe('--format mermaid renders with Mermaid itself (in headless Chromium)', () => {
  const target = testCoordinates();
  const env = neo4jEnv(target);
  const chromium = useChromium();
  beforeAll(async () => {
    await seedBundled();
  });

  async function render(source: string): Promise<string> {
    const page = await chromium().newPage();
    try {
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ path: MERMAID });
      return await page.evaluate(async (text) => {
        const mermaid = (
          window as unknown as {
            mermaid: {
              initialize(o: object): void;
              render(id: string, t: string): Promise<{ svg: string }>;
            };
          }
        ).mermaid;
        mermaid.initialize({ startOnLoad: false, flowchart: { htmlLabels: false } });
        return (await mermaid.render('diagram', text)).svg;
      }, source);
    } finally {
      await page.close();
    }
  }

  it.each([
    [
      ['path', 'Sarah Isgur Flores', 'Sergey Kislyak'],
      [
        'Sarah Isgur Flores',
        'Jeff Sessions',
        'Sergey Kislyak',
        'SPOKE_FOR 2017-03-01',
        'MET_WITH 2016-07',
      ],
    ],
    [
      ['meetings', 'Jeff Sessions', '--with', 'Sergey Kislyak'],
      ['MET_WITH 2016-07', 'MET_WITH 2016-09-08'],
    ],
    [
      ['timeline', 'Sarah Isgur Flores'],
      ['Sarah Isgur Flores', '2017-03-01'],
    ],
  ])('testimony %j --format mermaid', async (args, expected) => {
    const run = await runCli([...args, '--format', 'mermaid'], env, { bin: true });
    expect(run.code).toBe(0);
    const svg = await render(run.stdout);
    expect(svg).toMatch(/^<svg/);
    // Labels are split into <tspan>s per word: compare the SVG's text content.
    const words = svg
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    for (const text of expected) expect(words).toContain(text);
    if (args[0] === 'path') {
      mkdirSync(join(PROJECT_ROOT, 'artifacts'), { recursive: true });
      writeFileSync(join(PROJECT_ROOT, 'artifacts', 'path-flores-kislyak.svg'), svg);
    }
  });
});
