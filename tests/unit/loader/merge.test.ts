import { describe, expect, it } from 'vitest';
import {
  mergeVersions,
  rankVersions,
  versionFromSoleNode,
  versionFromStored,
} from '../../../src/loader/merge.js';

const bundled = {
  dataset: 'sessions-recusal-2017-03-02',
  props: {
    id: 'person:sarah-isgur-flores',
    name: 'Sarah Isgur Flores',
    aliases: ['Flores', 'Sarah Flores'],
    description: 'Spokesperson for Sessions.',
  },
};
const fixture = {
  dataset: 'fixture-other-reports',
  props: {
    id: 'person:sarah-isgur-flores',
    name: 'Sarah Isgur Flores',
    aliases: ['Sarah Isgur Flores'],
    description: 'A department spokeswoman.',
  },
};
const stub = {
  dataset: 'a-brief-mention',
  props: { id: 'person:sarah-isgur-flores', name: 'Sarah Flores' },
};

describe('mergeVersions', () => {
  it('does not depend on the order the versions come in', () => {
    expect(mergeVersions([bundled, fixture, stub])).toEqual(
      mergeVersions([stub, fixture, bundled]),
    );
  });

  it('takes aliases as the sorted union, other versions names included', () => {
    const { props } = mergeVersions([bundled, stub]);
    expect(props.aliases).toEqual(['Flores', 'Sarah Flores']);
    expect(mergeVersions([fixture, stub]).props.aliases).toEqual([
      'Sarah Flores',
      'Sarah Isgur Flores',
    ]);
  });

  it('prefers the most complete version whole, never mixing fields of two', () => {
    const { props, versions } = mergeVersions([stub, bundled]);
    expect(props).toMatchObject({
      name: 'Sarah Isgur Flores',
      description: 'Spokesperson for Sessions.',
      preferredDataset: 'sessions-recusal-2017-03-02',
      datasets: ['a-brief-mention', 'sessions-recusal-2017-03-02'],
    });
    expect(versions.map((v) => [v.id, v.props.preferred])).toEqual([
      ['person:sarah-isgur-flores@sessions-recusal-2017-03-02', true],
      ['person:sarah-isgur-flores@a-brief-mention', false],
    ]);
  });

  it('breaks a tie of completeness by dataset name', () => {
    expect(rankVersions([bundled, fixture]).map((v) => v.dataset)).toEqual([
      'fixture-other-reports',
      'sessions-recusal-2017-03-02',
    ]);
  });

  it('leaves a lone version exactly as its file has it, with no version nodes', () => {
    expect(mergeVersions([bundled])).toEqual({
      props: { ...bundled.props, datasets: ['sessions-recusal-2017-03-02'] },
      versions: [],
    });
  });

  it('reads a stored version, or a lone node, back as the dataset gave it', () => {
    const { versions, props } = mergeVersions([bundled, fixture]);
    const stored = versions.find((v) => v.props.dataset === bundled.dataset)?.props ?? {};
    expect(versionFromStored(stored)).toEqual(bundled);
    expect(
      versionFromSoleNode({ ...bundled.props, datasets: [bundled.dataset] }, bundled.dataset),
    ).toEqual(bundled);
    expect(props.datasets).toEqual(['fixture-other-reports', 'sessions-recusal-2017-03-02']);
  });
});
