import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newToken, prepareApiAuth, type RunningApi, startApi } from '../../src/api/index.js';
import { loadEnv } from '../../src/config/index.js';
import { useChromium } from '../support/browser.js';
import { seedBundled, testCoordinates, testDriver } from '../support/neo4j.js';

const PLACEHOLDER = '<paste your token here>';

describe('the explorer of an API that needs a token (headless Chromium)', () => {
  const chromium = useChromium();
  const driver = testDriver();
  const { token, hash } = newToken();
  let api: RunningApi | undefined;
  beforeAll(async () => {
    await seedBundled(driver);
    const auth = await prepareApiAuth(
      loadEnv({ TESTIMONY_API_TOKEN_HASHES: hash }),
      false,
      () => {},
    );
    api = await startApi({
      driver,
      database: testCoordinates().database,
      host: '127.0.0.1',
      port: 0,
      queryTimeoutMs: 5000,
      auth,
    });
  });
  afterAll(async () => {
    await api?.stop();
    await driver.close();
  });

  it('shows the Authorization header to complete; with the token pasted in, the query runs', async () => {
    const page = await chromium().newPage({ viewport: { width: 1400, height: 900 } });
    const sent: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) sent.push(request.headers().authorization);
    });
    await page.goto(`${api?.url}/explorer`, { waitUntil: 'load' });
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ timeout: 30_000 });
    // The Headers pane is open, holding the placeholder: the user replaces it with the token.
    const headers = page.locator('.graphiql-editor-tool .monaco-editor').last();
    await headers.getByText(PLACEHOLDER).waitFor({ timeout: 30_000 });
    // As a person would: select the placeholder (line 2, before the closing quote) and paste.
    await headers.click();
    for (const key of ['ControlOrMeta+Home', 'ArrowDown', 'End', 'ArrowLeft'])
      await page.keyboard.press(key);
    for (const _ of PLACEHOLDER) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.insertText(token);
    await run.click();
    await page
      .locator('.graphiql-response')
      .getByText('person:sergey-kislyak')
      .first()
      .waitFor({ timeout: 30_000 });
    expect(sent).toContain(`Bearer ${token}`);
    await page.close();
  });
});
