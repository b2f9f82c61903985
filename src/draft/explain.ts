import type { Explanation } from './build.js';
import type { DateMention } from './dates.js';

/**
 * `--explain`: each proposal, the rule that made it, and the sentence it came from; then the
 * dates resolved in the text that no proposal carries, for the curator to place.
 */
export function formatExplanations(
  file: string,
  explanations: Explanation[],
  looseDates: DateMention[] = [],
): string {
  const lines = [`${file}: ${explanations.length} proposal(s)`];
  for (const e of explanations) {
    lines.push(`  ${e.id}  (${e.what})`);
    lines.push(`    why:  ${e.rule}`);
    lines.push(
      `    from: ${e.sentence.length > 300 ? `${e.sentence.slice(0, 297)}…` : e.sentence}`,
    );
  }
  if (looseDates.length > 0) lines.push('  dates in the text that no proposal carries:');
  for (const d of looseDates)
    lines.push(
      `    "${d.text}" -> ${d.value}${d.approximate ? ' (approximate)' : ''}${d.inferred ? `: ${d.inferred}` : ''}`,
    );
  return `${lines.join('\n')}\n`;
}
