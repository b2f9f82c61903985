import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';

const unescape = (text: string) =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** The runnable queries of the guide's slide titled `title`. */
function slideQueries(title: string): string[] {
  const guide = readFileSync(join(PROJECT_ROOT, 'browser', 'guide.html'), 'utf8');
  const slide = guide.split('<slide').find((s) => s.includes(`<h3>${title}</h3>`)) ?? '';
  return [...slide.matchAll(/<pre class="pre-scrollable code runnable">([\s\S]*?)<\/pre>/g)].map(
    (m) => unescape(m[1] ?? ''),
  );
}

describe('the Browser guide', () => {
  it('runs the named query conflicts.cypher as it is, on its Conflicts slide', () => {
    const file = readFileSync(join(PROJECT_ROOT, 'cypher', 'queries', 'conflicts.cypher'), 'utf8');
    const body = file
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n')
      .trim();
    expect(slideQueries('Conflicts')).toContain(body);
  });
});
