/**
 * Writes a synthetic dataset in the project's format.
 * Usage: npm run bench:generate -- --people 1000 [--seed 42] [--out DIR] [--name NAME]
 * Then: npx testimony seed DIR/NAME.json
 */
import { Command, InvalidArgumentError } from 'commander';
import { writeSynthetic } from './synthetic/write.js';

const count = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2)
    throw new InvalidArgumentError('expected a whole number of at least 2.');
  return n;
};

const options = new Command('bench:generate')
  .description(
    'Write a synthetic dataset (people, meetings, statements, spokespeople, recusals) with evidence into generated articles.',
  )
  .requiredOption('--people <n>', 'how many people', count)
  .option('--seed <n>', 'PRNG seed: the same seed gives the same dataset', count, 42)
  .option('--out <dir>', 'where to write it', 'bench/data')
  .option('--name <name>', 'dataset name (lower-case letters, digits, dashes)')
  .parse()
  .opts<{ people: number; seed: number; out: string; name?: string }>();

const file = await writeSynthetic(options.out, {
  people: options.people,
  seed: options.seed,
  name: options.name ?? `synthetic-${options.people}`,
});
console.log(file);
