import { describe, expect, it } from 'vitest';
import type { GraphRows } from '../../../src/dataset/index.js';
import { offlineGraph } from '../../../src/loader/offline-graph.js';

// The whole graph is compared with the online seed's in tests/e2e/seed-offline.test.ts; these
// are the refusals and the bookkeeping a small run shows.
const person = (dataset: string, name: string, extra: Record<string, string> = {}) => ({
  dataset,
  nodes: [
    {
      id: 'person:a',
      label: 'Person',
      props: { id: 'person:a', name, ...extra },
      evidenceIds: [],
    },
  ],
  evidence: [],
  relationships: [],
});

const events = (count: number): GraphRows => ({
  dataset: 'chain',
  nodes: Array.from({ length: count }, (_, i) => ({
    id: `event:${String(i).padStart(2, '0')}`,
    label: 'Event',
    props: { id: `event:${String(i).padStart(2, '0')}`, name: `E${i}`, kind: 'meeting' },
    evidenceIds: [],
  })),
  evidence: [],
  relationships: Array.from({ length: count - 1 }, (_, i) => ({
    type: 'SAME_AS',
    from: `event:${String(i + 1).padStart(2, '0')}`,
    to: `event:${String(i).padStart(2, '0')}`,
    props: {},
  })),
});

describe('offlineGraph', () => {
  it('merges a person two datasets define, with a version per dataset', () => {
    const graph = offlineGraph([
      person('b-report', 'Ann A.'),
      person('a-report', 'Ann Able', { description: 'x' }),
    ]);
    const node = graph.nodes.find((n) => n.id === 'person:a');
    expect(node?.properties).toMatchObject({
      name: 'Ann Able',
      aliases: ['Ann A.'],
      datasets: ['a-report', 'b-report'],
      preferredDataset: 'a-report',
      nameKeys: ['ann able', 'ann a.'],
    });
    expect(graph.nodes.filter((n) => n.labels.includes('Version')).map((n) => n.id)).toEqual([
      'person:a@a-report',
      'person:a@b-report',
    ]);
    expect(graph.relationships.filter((r) => r.type === 'HAS_VERSION')).toHaveLength(2);
  });

  it('gives every event of a same-as chain the smallest id as its cluster', () => {
    const graph = offlineGraph([events(11)]);
    const clusters = new Set(
      graph.nodes.filter((n) => n.labels.includes('Event')).map((n) => n.properties.cluster),
    );
    expect([...clusters]).toEqual(['event:00']);
  });

  it('refuses a same-as chain longer than the online seed follows (10 links)', () => {
    expect(() => offlineGraph([events(12)])).toThrow(/SEED_OFFLINE_UNSUPPORTED|longer than 10/);
  });

  it('refuses a reference no file of the run defines: the database is empty', () => {
    expect(() =>
      offlineGraph([
        { ...person('a-report', 'Ann'), external: [{ id: 'person:z', label: 'Person' }] } as never,
      ]),
    ).toThrow(/no file of the run defines/);
  });

  it('gives a node without a name no nameKeys (as the online seed), and sets aside empty lists', () => {
    const graph = offlineGraph([
      {
        dataset: 'a-report',
        nodes: [
          {
            id: 'proposition:p',
            label: 'Proposition',
            props: { id: 'proposition:p', text: 't', claimedBy: [] },
            evidenceIds: [],
          },
        ],
        evidence: [],
        relationships: [],
      },
    ]);
    expect(graph.emptyLists).toEqual([{ id: 'proposition:p', props: { claimedBy: [] } }]);
    expect(graph.nodes[0]?.properties).not.toHaveProperty('nameKeys');
    expect(graph.nodes[0]?.properties).not.toHaveProperty('claimedBy');
  });
});
