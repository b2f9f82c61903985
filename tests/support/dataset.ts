import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import {
  parseDatasetFile,
  type Problem,
  validateDataset,
  type ValidDataset,
} from '../../src/dataset/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'datasets');

/** tests/fixtures/datasets/minimal.yaml as plain data: each bad-input test breaks a copy. */
export function minimalDataset(): Record<string, unknown> {
  return parse(readFileSync(join(FIXTURES, 'minimal.yaml'), 'utf8')) as Record<string, unknown>;
}

/**
 * Validates `data` as if it were a YAML file next to the fixture's source text (so quotes
 * anchor), without touching the fixtures: the file is written to a temporary folder.
 */
export async function validateData(
  data: unknown,
  text: string = readFileSync(join(FIXTURES, 'fixture.txt'), 'utf8'),
): Promise<ValidDataset | Problem[]> {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-dataset-'));
  writeFileSync(join(dir, 'fixture.txt'), text);
  const file = join(dir, 'dataset.yaml');
  const yaml = stringify(data);
  writeFileSync(file, yaml);
  const parsed = await parseDatasetFile(file);
  if (Array.isArray(parsed)) return parsed;
  return validateDataset(parsed);
}
