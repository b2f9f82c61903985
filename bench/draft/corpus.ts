/**
 * A generated corpus for timing `testimony draft`: news-like articles of about 5 kB made of
 * sentences of the kinds a draft reads (names with titles, quotes with attributions, reported
 * speech, meetings with dates, cited outlets), drawn deterministically from a seed. Not real news.
 */
const FIRST = [
  'Anna',
  'Peter',
  'Maria',
  'John',
  'Olga',
  'David',
  'Sarah',
  'Michael',
  'Elena',
  'Robert',
  'Laura',
  'James',
];
const LAST = [
  'Marlow',
  'Keane',
  'Ostrov',
  'Hale',
  'Brennan',
  'Varga',
  'Lindqvist',
  'Okafor',
  'Dumont',
  'Reyes',
  'Novak',
  'Castell',
];
const ORGS = [
  'Senate Intelligence Committee',
  'Justice Department',
  'Brookings Institution',
  'Harbor Foundation',
  'Federal Trade Commission',
  'State Department',
];
const OUTLETS = ['The Washington Post', 'The New York Times', 'Reuters', 'The Morning Ledger'];
const TITLES = ['Senator', 'Ambassador', 'Secretary', 'Governor', 'Director'];
const DEMONYMS = ['Russian', 'British', 'German', 'French', 'Chinese', 'Canadian'];
const WHEN = [
  'on Tuesday',
  'last week',
  'in July 2016',
  'on March 3',
  'earlier this week',
  'last year',
  'on Wednesday night',
  'in September',
];
const CLAIMS = [
  'the talks had been productive and would continue',
  'there was nothing improper about the meetings',
  'the committee would review every document it received',
  'the agency had followed its rules in every case',
  'no decision had been made about the nomination',
];

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateArticle(seed: number, bytes = 5000): string {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const sentences = [
    () => `${pick(TITLES)} ${person()} said ${pick(WHEN)} that ${pick(CLAIMS)}.`,
    () =>
      `“${pick(CLAIMS).replace(/^./, (c) => c.toUpperCase())},” ${pick(LAST)} told reporters ${pick(WHEN)}.`,
    () =>
      `${person()} met ${pick(DEMONYMS)} Ambassador ${person()} ${pick(WHEN)} at a ${pick(ORGS)} event.`,
    () => `${pick(OUTLETS)} reported ${pick(WHEN)} that ${pick(CLAIMS)}.`,
    () =>
      `The ${pick(ORGS)} has asked ${person()} to testify about ${pick(CLAIMS).split(' ').slice(0, 4).join(' ')}.`,
    () =>
      `"${pick(CLAIMS).replace(/^./, (c) => c.toUpperCase())}," said ${person()}, a spokesperson for the ${pick(ORGS)}.`,
    () => `According to ${pick(OUTLETS)}, ${pick(LAST)} spoke with ${person()} ${pick(WHEN)}.`,
  ];
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph = [pick(sentences)(), pick(sentences)(), pick(sentences)()].join(' ');
    lines.push(paragraph);
    size += paragraph.length + 1;
  }
  return `${lines.join('\n')}\n`;
}
