import { describe, expect, it } from 'vitest';
import { formatPlan, listed, type DatasetPlan } from '../../../src/loader/plan.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `person:p${i}`);

describe('dry-run lists: complete counts, capped lists', () => {
  it('keeps a short list whole', () => {
    expect(listed(ids(3))).toEqual({ count: 3, list: ids(3), truncated: false, more: 0 });
  });

  it('cuts a long list at 20 and counts the rest', () => {
    expect(listed(ids(23))).toMatchObject({ count: 23, truncated: true, more: 3 });
    expect(listed(ids(23)).list).toEqual(ids(20));
  });

  it('ends a cut list with "… and N more" in the text', () => {
    const plan: DatasetPlan = {
      dataset: 'd',
      nodes: {
        add: listed(ids(21)),
        change: { ...listed([]), withChanges: 0 },
        release: { ...listed([{ id: 'person:x', keptBy: ['other'] }]), kept: 1 },
      },
      relationships: {},
    };
    const text = formatPlan(plan);
    expect(text).toContain('21 to add');
    expect(text).toContain('    … and 1 more');
    expect(text).toContain('- release person:x (stays: held by other)');
  });
});
