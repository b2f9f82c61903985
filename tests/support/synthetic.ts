import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A valid dataset of n people in the project's own format, each pair (i, i+1) meeting once,
 * with evidence quotes into a generated source text. Every quote is unique by construction
 * ("P12x" never occurs inside "P112x": the letter P precedes the digits).
 */
export function writeSyntheticDataset(dir: string, name: string, people: number): string {
  const lines: string[] = [];
  const dataset = {
    dataset: name,
    sources: [
      {
        id: `source:${name}`,
        title: `Synthetic ${name}`,
        kind: 'news-report',
        file: `${name}.txt`,
      },
    ],
    people: [] as object[],
    events: [] as object[],
  };
  for (let i = 0; i < people; i += 1) {
    lines.push(`Person P${i}x is here.`);
    dataset.people.push({
      id: `person:${name}-${i}`,
      name: `Person ${i}`,
      evidence: [{ quote: `P${i}x` }],
    });
    if (i === 0) continue;
    lines.push(`Meeting M${i}y took place.`);
    dataset.events.push({
      id: `event:${name}-meeting-${i}`,
      kind: 'meeting',
      name: `Meeting ${i}`,
      date: { value: '2016-07' },
      participants: [
        { ref: `person:${name}-${i - 1}`, role: 'attendee' },
        { ref: `person:${name}-${i}`, role: 'attendee' },
      ],
      evidence: [{ quote: `M${i}y` }],
    });
  }
  writeFileSync(join(dir, `${name}.txt`), lines.join('\n'));
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(dataset));
  return file;
}
