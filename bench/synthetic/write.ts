import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateDataset, type GenerateOptions } from './generate.js';

/**
 * Writes a synthetic dataset as `<dir>/<name>.json` with its articles under `<dir>/<name>/`.
 * JSON, not YAML: at 100k people the file is large and JSON parses several times faster.
 */
export async function writeSynthetic(dir: string, options: GenerateOptions): Promise<string> {
  const { dataset, texts } = generateDataset(options);
  await mkdir(join(dir, options.name), { recursive: true });
  for (const [file, text] of texts) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  const file = join(dir, `${options.name}.json`);
  await writeFile(file, JSON.stringify(dataset));
  return file;
}
