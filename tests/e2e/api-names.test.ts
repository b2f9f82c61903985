import { describe, expect, it } from 'vitest';
import { gql, useSeededApi } from '../support/api.js';

const { api } = useSeededApi();

interface Errors {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The single error of a response, with its code and the closest names it offers. */
async function failure(query: string) {
  const response = (await gql(api(), query)) as Errors;
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors ?? [];
  return {
    message: error?.message ?? '',
    code: error?.extensions?.code,
    argument: error?.extensions?.argument,
    closest: ((error?.extensions?.closest as { id: string }[] | undefined) ?? []).map((c) => c.id),
  };
}

describe('API: a name or alias wherever a person or node is expected', () => {
  it('shortestPath and paths take names and aliases, in any case, and give the same path as ids', async () => {
    const select = '{ length steps { type from { id } to { id } } }';
    const byId = await gql(
      api(),
      `{ shortestPath(from: "person:sarah-isgur-flores", to: "person:sergey-kislyak") ${select} }`,
    );
    const byName = await gql(
      api(),
      `{ shortestPath(from: "Sarah Flores", to: "KISLYAK") ${select} paths(from: "flores", to: "Sergey Kislyak") ${select} }`,
    );
    expect(byName.errors).toBeUndefined();
    expect(byName.data?.shortestPath).toEqual(byId.data?.shortestPath);
    expect((byName.data?.shortestPath as { length: number }).length).toBe(2);
    expect(byName.data?.paths).toContainEqual(byId.data?.shortestPath);
  });

  it('meetings, timeline, statements, recusals, contradictions and conflicts take names', async () => {
    const { data, errors } = await gql<{
      meetings: { totalCount: number };
      byId: { totalCount: number };
      timeline: unknown[];
      timelineById: unknown[];
      statements: { totalCount: number };
      statementsById: { totalCount: number };
      recusals: { person: { id: string } }[];
      contradictions: { speaker: { id: string } }[];
      conflicts: { totalCount: number };
    }>(
      api(),
      `{
        meetings(participant: "sessions", with: "kislyak") { totalCount }
        byId: meetings(participant: "person:jeff-sessions", with: "person:sergey-kislyak") { totalCount }
        timeline(entity: "Jeff Sessions") { date { value } }
        timelineById: timeline(entity: "person:jeff-sessions") { date { value } }
        statements(speaker: "sessions") { totalCount }
        statementsById: statements(speaker: "person:jeff-sessions") { totalCount }
        recusals(person: "sessions") { person { id } }
        contradictions(person: "Sessions") { speaker { id } }
        conflicts(person: "sessions") { totalCount }
      }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.meetings.totalCount).toBeGreaterThan(0);
    expect(data?.meetings).toEqual(data?.byId);
    expect(data?.timeline.length).toBeGreaterThan(0);
    expect(data?.timeline).toEqual(data?.timelineById);
    expect(data?.statements).toEqual(data?.statementsById);
    expect(data?.recusals.map((r) => r.person.id)).toEqual(['person:jeff-sessions']);
    expect(data?.contradictions.length).toBeGreaterThan(0);
    expect(data?.contradictions.every((c) => c.speaker.id === 'person:jeff-sessions')).toBe(true);
  });

  it('an unknown name is NOT_FOUND, naming the argument and the closest names, never an empty answer', async () => {
    const cases: [string, string][] = [
      ['{ shortestPath(from: "Sesions", to: "kislyak") { length } }', 'from'],
      ['{ paths(from: "flores", to: "Kisliak") { length } }', 'to'],
      ['{ meetings(participant: "Sesions") { totalCount } }', 'participant'],
      ['{ meetings(participant: "sessions", with: "Kisliak") { totalCount } }', 'with'],
      ['{ timeline(entity: "Sesions") { summary } }', 'entity'],
      ['{ statements(speaker: "Sesions") { totalCount } }', 'speaker'],
      ['{ recusals(person: "Sesions") { scope } }', 'person'],
      ['{ contradictions(person: "Sesions") { saidAt { value } } }', 'person'],
      ['{ conflicts(person: "Sesions") { totalCount } }', 'person'],
    ];
    for (const [query, argument] of cases) {
      const error = await failure(query);
      expect(error.code, query).toBe('NOT_FOUND');
      expect(error.argument, query).toBe(argument);
      expect(error.closest.length, query).toBeGreaterThan(0);
    }
    const sessions = await failure('{ timeline(entity: "Sesions") { summary } }');
    expect(sessions.closest[0]).toBe('person:jeff-sessions');
    expect(sessions.message).toContain('Closest names: Jeff Sessions (person:jeff-sessions)');
    const kislyak = await failure('{ paths(from: "flores", to: "Kisliak") { length } }');
    expect(kislyak.closest[0]).toBe('person:sergey-kislyak');
  });

  it('an unknown id is NOT_FOUND; a known id with nothing to say is still an empty answer', async () => {
    const error = await failure('{ meetings(participant: "person:nobody") { totalCount } }');
    expect(error).toMatchObject({ code: 'NOT_FOUND', argument: 'participant' });
    expect(error.message).toBe('Argument "participant": no node has the id "person:nobody".');
    const empty = await gql(api(), '{ recusals(person: "person:sergey-kislyak") { scope } }');
    expect(empty.errors).toBeUndefined();
    expect(empty.data).toEqual({ recusals: [] });
  });
});
