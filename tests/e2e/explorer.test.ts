import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { useSeededApi } from '../support/api.js';
import { useChromium } from '../support/browser.js';

describe('the explorer in a real browser (headless Chromium)', () => {
  const seeded = useSeededApi();
  const chromium = useChromium();

  it('runs a preloaded example query, shows the result, and asks nothing of any other origin', async () => {
    const api = seeded.api();
    const page = await chromium().newPage({ viewport: { width: 1400, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // The page's Content-Security-Policy must allow everything the explorer itself does.
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${api.url}/explorer`, { waitUntil: 'load' });
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ timeout: 30_000 });
    await run.click();
    // The first tab asks for Sessions' meetings: Kislyak's id appears in the response pane.
    await page
      .locator('.graphiql-response')
      .getByText('person:sergey-kislyak')
      .first()
      .waitFor({ timeout: 30_000 });
    const artifacts = join(PROJECT_ROOT, 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'explorer.png') });
    const origin = new URL(api.url).origin;
    const elsewhere = requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(elsewhere).toEqual([]);
    expect(refused).toEqual([]);
    expect(requests.some((url) => url === `${origin}/graphql`)).toBe(true);
  });
});
