import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/dataset/problems.js';
import { minimalDataset, validateData } from '../../support/dataset.js';

type Data = Record<string, unknown[]>;

/**
 * The curation fields of issue 12 (docs/model.md, "Judgement calls"): propositions, a matter's
 * concerns with whose words, a claimed role, an inferred PART_OF. Bad values are problems at their
 * path; references they make are checked like any other.
 */
async function problemsOf(edit: (data: Data) => void): Promise<Problem[]> {
  const data = minimalDataset() as Data;
  edit(data);
  const result = await validateData(data);
  if (!Array.isArray(result)) throw new Error('expected problems, the dataset passed');
  return result;
}

describe('curation fields', () => {
  it('a proposition with a target id of the wrong form is a problem at its path', async () => {
    const problems = await problemsOf((d) => {
      d.propositions = [
        { id: 'proposition:met', text: 'met', concerns: ['Bob'], evidence: [{ quote: 'Acme' }] },
      ];
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: '$.propositions[0].concerns[0]' }),
    );
  });

  it("a matter's concern naming something other than a statement as whose words is a problem", async () => {
    const problems = await problemsOf((d) => {
      d.matters = [
        {
          id: 'matter:m',
          name: 'M',
          kind: 'matter',
          concerns: [{ ref: 'org:acme', statement: 'person:alice', evidence: [{ quote: 'Acme' }] }],
          evidence: [{ quote: 'Acme' }],
        },
      ];
    });
    expect(JSON.stringify(problems)).toContain('$.matters[0].concerns[0]');
  });

  it('a role claimed by something other than a statement is a problem at claimedBy', async () => {
    const problems = await problemsOf((d) => {
      d.roles = [
        {
          id: 'role:r',
          holder: 'person:alice',
          title: 'Boss',
          claimedBy: 'person:bob',
          evidence: [{ quote: 'Acme' }],
        },
      ];
    });
    expect(problems).toContainEqual(expect.objectContaining({ path: '$.roles[0].claimedBy' }));
  });

  it('accepts a proposition, a concern with whose words, a claimed role and an inferred name', async () => {
    const data = minimalDataset() as Data;
    const statementId = (data.statements?.[0] as { id: string }).id;
    data.propositions = [
      { id: 'proposition:met', text: 'met', concerns: ['org:acme'], evidence: [{ quote: 'Acme' }] },
    ];
    data.matters = [
      {
        id: 'matter:m',
        name: 'M',
        nameInferred: "the curator's",
        kind: 'matter',
        concerns: [
          'org:acme',
          { ref: 'person:bob', statement: statementId, evidence: [{ quote: 'Acme' }] },
        ],
        evidence: [{ quote: 'Acme' }],
      },
    ];
    data.roles = [
      {
        id: 'role:r',
        holder: 'person:alice',
        title: 'Boss',
        titleInferred: "the curator's",
        claimedBy: statementId,
        evidence: [{ quote: 'Acme' }],
      },
    ];
    const valid = await validateData(data);
    if (Array.isArray(valid)) throw new Error(JSON.stringify(valid));
    expect(valid.external).toEqual([]);
  });
});
