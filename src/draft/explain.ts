import type { Explanation } from './build.js';

/** `--explain`: each proposal, the rule that made it, and the sentence it came from. */
export function formatExplanations(file: string, explanations: Explanation[]): string {
  const lines = [`${file}: ${explanations.length} proposal(s)`];
  for (const e of explanations) {
    lines.push(`  ${e.id}  (${e.what})`);
    lines.push(`    why:  ${e.rule}`);
    lines.push(`    from: ${e.sentence.length > 300 ? `${e.sentence.slice(0, 297)}…` : e.sentence}`);
  }
  return `${lines.join('\n')}\n`;
}
