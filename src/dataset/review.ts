import { COLLECTIONS } from './schema.js';
import { locateProblems, problemAt, type ParsedFile } from './parse.js';
import type { Problem } from './problems.js';

/**
 * Every item a tool proposed that no curator has accepted yet (`review: pending`), as a problem
 * at its marker (file:line: JSON path), so that nothing unreviewed enters the graph. Read from
 * the raw file, so that a file with other problems lists its pending items in the same run.
 */
export async function pendingReviewProblems(parsed: ParsedFile): Promise<Problem[]> {
  const data = parsed.data as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null) return [];
  const problems: Problem[] = [];
  for (const collection of COLLECTIONS) {
    const items = data[collection];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      const entry = item as { id?: unknown; review?: unknown } | null;
      if (entry?.review !== 'pending') return;
      const id = typeof entry.id === 'string' ? entry.id : `${collection}[${index}]`;
      problems.push(
        problemAt(
          parsed,
          [collection, index, 'review'],
          `${id} is still pending review: check it, then write "review: accepted" (or delete it); --accept-pending accepts all`,
        ),
      );
    });
  }
  return problems.length > 0 ? locateProblems(parsed, problems) : problems;
}
