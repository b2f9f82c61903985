import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { silentReporter } from '../../src/log.js';
import { bundledDatasets, prepareDatasets, seed } from '../../src/loader/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { clearGraph } from './graph.js';
import { testCoordinates } from './neo4j.js';

/** The dataset names of the bundled report and of the second-report test fixture. */
export const BUNDLED = 'sessions-recusal-2017-03-02';
export const FIXTURE = 'fixture-other-reports';

/** tests/fixtures/datasets/other-reports/other-reports.yaml: the second report (a test fixture). */
export const OTHER_REPORTS = join(
  PROJECT_ROOT,
  'tests',
  'fixtures',
  'datasets',
  'other-reports',
  'other-reports.yaml',
);

/** An empty graph, then the bundled report and the other-reports fixture, as `testimony seed` loads them. */
export async function seedOtherReports(driver: Driver): Promise<void> {
  const { database } = testCoordinates();
  await clearGraph(driver, database);
  await seed(driver, await prepareDatasets([...bundledDatasets(), OTHER_REPORTS]), {
    database,
    reporter: silentReporter,
  });
}

/** Back to the bundled report alone, as the other test files expect the graph. */
export async function seedBundledOnly(driver: Driver): Promise<void> {
  const { database } = testCoordinates();
  await clearGraph(driver, database);
  await seed(driver, await prepareDatasets(bundledDatasets()), {
    database,
    reporter: silentReporter,
  });
}
