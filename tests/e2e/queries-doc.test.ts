import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/api/server.js';
import { PROJECT_ROOT } from '../../src/neo4j/provision/local-jvm/layout.js';
import { renderQueriesDoc } from '../../scripts/queries-doc.js';
import { startSeededApi } from '../support/api.js';
import { testCoordinates, testDriver } from '../support/neo4j.js';

describe('docs/queries.md', () => {
  const driver = testDriver();
  let api: RunningApi;
  beforeAll(async () => {
    api = await startSeededApi(driver, testCoordinates().database);
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  it('is what the API answers now (npm run docs:queries rewrites it)', async () => {
    const rendered = await renderQueriesDoc(api.graphqlUrl);
    expect(rendered.match(/^## /gm)?.length).toBeGreaterThanOrEqual(10);
    expect(rendered).not.toContain('"errors"');
    expect(readFileSync(join(PROJECT_ROOT, 'docs', 'queries.md'), 'utf8')).toBe(rendered);
  });
});
