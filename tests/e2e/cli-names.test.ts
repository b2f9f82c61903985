import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, neo4jEnv } from '../support/cli.js';
import { testCoordinates, testDriver, seedBundled } from '../support/neo4j.js';

const driver = testDriver();
const env = neo4jEnv(testCoordinates());
const testimony = (...args: string[]) => runCli(args, env, { bin: true });

beforeAll(async () => seedBundled(driver));
afterAll(() => driver.close());

describe('testimony: names where ids are expected', () => {
  it('path takes an alias and a name in any case', async () => {
    const run = await testimony('path', 'Sarah Flores', 'kislyak', '--format', 'json');
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout) as { shortestPath: { steps: { type: string }[] } };
    expect(data.shortestPath.steps.map((s) => s.type)).toEqual(['SPOKE_FOR', 'MET_WITH']);
  });

  it('an unknown name exits 1 with the closest names, for path and for meetings --with', async () => {
    const path = await testimony('path', 'Sarah Flores', 'Kisliak');
    expect(path.code).toBe(1);
    expect(path.stderr).toContain('[NOT_FOUND] No person or other node is called "Kisliak".');
    expect(path.stderr).toContain('Sergey Kislyak (person:sergey-kislyak)');
    const meetings = await testimony('meetings', 'sessions', '--with', 'Kisliak');
    expect(meetings.code).toBe(1);
    expect(meetings.stderr).toContain('[NOT_FOUND] No person is called "Kisliak".');
    expect(meetings.stderr).toContain('Sergey Kislyak (person:sergey-kislyak)');
  });
});

describe('testimony recusals and roles', () => {
  it('recusals: a table, and JSON with every field the API gives', async () => {
    const table = await testimony('recusals');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Jeff Sessions\s*│/);
    const json = await testimony('recusals', 'sessions', '--format', 'json');
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout) as { recusals: Record<string, unknown>[] };
    const [recusal] = data.recusals;
    expect(Object.keys(recusal ?? {}).sort()).toEqual(
      ['announcedAt', 'evidence', 'id', 'matter', 'person', 'scope', 'statement'].sort(),
    );
    expect(recusal).toMatchObject({
      id: 'recusal:sessions-campaign-investigations',
      person: { id: 'person:jeff-sessions' },
      matter: { id: 'matter:campaign-investigations' },
      statement: { id: 'statement:sessions-written-statement' },
    });
  });

  it('recusals of a person with none exits 1; of an unknown name, 1 with the closest names', async () => {
    const none = await testimony('recusals', 'kislyak');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('[NOT_FOUND] No answer');
    const unknown = await testimony('recusals', 'Sesions');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Jeff Sessions (person:jeff-sessions)');
  });

  it('roles: a table, and JSON with title, holder, at, during and evidence', async () => {
    const table = await testimony('roles', 'kislyak');
    expect(table.code).toBe(0);
    expect(table.stdout.toLowerCase()).toContain('ambassador');
    const json = await testimony('roles', 'Jeff Sessions', '--format', 'json');
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout) as {
      node: { id: string; roles: Record<string, unknown>[] };
    };
    expect(data.node.id).toBe('person:jeff-sessions');
    expect(data.node.roles.length).toBeGreaterThan(0);
    for (const role of data.node.roles)
      expect(Object.keys(role).sort()).toEqual(
        [
          'at',
          'claimedBy',
          'during',
          'evidence',
          'holder',
          'id',
          'isClaim',
          'title',
          'titleInferred',
        ].sort(),
      );
    expect(data.node.roles.map((r) => r.id)).toContain('role:sessions-senator-alabama');
  });

  it('roles needs a person; an unknown one exits 1, a missing one is a usage error', async () => {
    const unknown = await testimony('roles', 'Kisliak');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Sergey Kislyak (person:sergey-kislyak)');
    const missing = await testimony('roles');
    expect(missing.code).toBe(2);
  });
});

describe('testimony query: parameters and readable tables', () => {
  it('a --param the named query does not take is a usage error naming its parameters', async () => {
    const run = await testimony('query', 'who-speaks-for', '--param', 'person=Jeff Sessions');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '[USAGE] who-speaks-for has no parameter $person; its parameters: $name.',
    );
    const extra = await testimony(
      'query',
      'who-speaks-for',
      '--param',
      'name=Jeff Sessions',
      '--param',
      'limit=3',
    );
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('has no parameter $limit');
  });

  it('prints lists in cells one item a line, not as JSON', async () => {
    const run = await testimony('query', 'who-speaks-for', '--param', 'name=Jeff Sessions');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Sarah Isgur Flores');
    expect(run.stdout).not.toContain('["');
    const json = await testimony(
      'query',
      'who-speaks-for',
      '--param',
      'name=Jeff Sessions',
      '--format',
      'json',
    );
    const rows = JSON.parse(json.stdout) as { statements: string[] }[];
    expect(Array.isArray(rows[0]?.statements)).toBe(true);
  });
});
