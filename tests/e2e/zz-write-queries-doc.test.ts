import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { renderQueriesDoc } from '../../scripts/queries-doc.js';
import { useSeededApi } from '../support/api.js';
const seeded = useSeededApi();
it('writes docs/queries.md', async () => {
  writeFileSync(join(PROJECT_ROOT, 'docs', 'queries.md'), await renderQueriesDoc(seeded.api().graphqlUrl));
});
