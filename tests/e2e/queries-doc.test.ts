import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { renderQueriesDoc } from '../../scripts/queries-doc.js';
import { useSeededApi } from '../support/api.js';

describe('docs/queries.md', () => {
  const seeded = useSeededApi();

  it('is what the API answers now (npm run docs:queries rewrites it)', async () => {
    const rendered = await renderQueriesDoc(seeded.api().graphqlUrl);
    expect(rendered.match(/^## /gm)?.length).toBeGreaterThanOrEqual(10);
    expect(rendered).not.toContain('"errors"');
    expect(readFileSync(join(PROJECT_ROOT, 'docs', 'queries.md'), 'utf8')).toBe(rendered);
  });
});
