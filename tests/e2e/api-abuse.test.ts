import { describe, expect, it } from 'vitest';
import { API_LIMITS, startApi } from '../../src/api/index.js';
import { createDriver } from '../../src/neo4j/index.js';
import { gql, useSeededApi } from '../support/api.js';
import { graphChecksum } from '../support/graph.js';
import { testCoordinates } from '../support/neo4j.js';

const seeded = useSeededApi();
const { driver, database } = seeded;

/** Runs a request and returns its errors, checking that it sent no query to Neo4j. */
async function refusedBeforeExecution(query: string, variables?: Record<string, unknown>) {
  const before = seeded.api().executor.roundTrips;
  const response = await gql(seeded.api(), query, variables);
  expect(seeded.api().executor.roundTrips, 'the database was not touched').toBe(before);
  expect(response.errors?.length).toBeGreaterThan(0);
  return response;
}

describe('invalid arguments: BAD_USER_INPUT naming the argument and what it allows', () => {
  const cases: [string, string, Record<string, unknown> | undefined, string, RegExp][] = [
    [
      'maxHops 0',
      '{ shortestPath(from: "person:jeff-sessions", to: "person:sergey-kislyak", maxHops: 0) { length } }',
      undefined,
      'maxHops',
      /between 1 and 10; got 0/,
    ],
    [
      'maxHops 50',
      '{ paths(from: "person:jeff-sessions", to: "person:sergey-kislyak", maxHops: 50) { length } }',
      undefined,
      'maxHops',
      /between 1 and 10; got 50/,
    ],
    [
      'maxHops 50 as a variable',
      'query($h: Int) { shortestPath(from: "a", to: "b", maxHops: $h) { length } }',
      { h: 50 },
      'maxHops',
      /between 1 and 10; got 50/,
    ],
    [
      'first 0',
      '{ people(first: 0) { totalCount } }',
      undefined,
      'first',
      /between 1 and 100; got 0/,
    ],
    [
      'first 10000',
      '{ meetings(first: 10000) { totalCount } }',
      undefined,
      'first',
      /between 1 and 100; got 10000/,
    ],
    [
      'first 10000 as a variable',
      'query($n: Int) { statements(first: $n) { totalCount } }',
      { n: 10000 },
      'first',
      /between 1 and 100; got 10000/,
    ],
    [
      'from after to',
      '{ meetings(from: "2017-01-01", to: "2016-01-01") { totalCount } }',
      undefined,
      'from',
      /must not be after "to"/,
    ],
    [
      'a malformed date',
      '{ timeline(entity: "person:jeff-sessions", from: "July 2016") { summary } }',
      undefined,
      'from',
      /YYYY-MM-DD/,
    ],
    [
      'an impossible date',
      '{ statements(to: "2017-02-30") { totalCount } }',
      undefined,
      'to',
      /2017-02-30 does not exist/,
    ],
    [
      'an unknown enum value',
      '{ statements(stance: LIES) { totalCount } }',
      undefined,
      'stance',
      /one of ASSERTS, DENIES, DEFENDS, HEDGES, DEMANDS; got LIES/,
    ],
    [
      'an unknown claims value',
      '{ meetings(claims: MAYBE) { totalCount } }',
      undefined,
      'claims',
      /one of INCLUDE, EXCLUDE, ONLY; got MAYBE/,
    ],
    [
      'claims given as a string',
      '{ timeline(entity: "person:jeff-sessions", claims: "exclude") { summary } }',
      undefined,
      'claims',
      /one of INCLUDE, EXCLUDE, ONLY; got "exclude"/,
    ],
    [
      'an unknown claims value on a path',
      '{ shortestPath(from: "a", to: "b", claims: RECORDED) { length } }',
      undefined,
      'claims',
      /one of INCLUDE, EXCLUDE, ONLY; got RECORDED/,
    ],
    [
      'an unknown claims value on a nested field',
      '{ person(id: "person:jeff-sessions") { meetings(claims: NONE) { id } } }',
      undefined,
      'claims',
      /one of INCLUDE, EXCLUDE, ONLY; got NONE/,
    ],
    [
      'an unknown relationship type in via',
      '{ shortestPath(from: "a", to: "b", via: ["EVIDENCED_BY"]) { length } }',
      undefined,
      'via',
      /unknown relationship types EVIDENCED_BY; allowed: MET_WITH/,
    ],
    [
      'a cursor not from this API',
      '{ people(after: "not-a-cursor") { totalCount } }',
      undefined,
      'after',
      /not a cursor from this API/,
    ],
  ];

  it.each(cases)('%s', async (_name, query, variables, argument, message) => {
    const response = await refusedBeforeExecution(query, variables);
    const error = response.errors?.find((e) => e.extensions?.argument === argument);
    expect(error, JSON.stringify(response.errors)).toBeDefined();
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain(`"${argument}"`);
    expect(error?.message).toMatch(message);
  });

  it('a malformed date or unknown enum value in a variable is BAD_USER_INPUT too', async () => {
    for (const [query, variables] of [
      ['query($d: Date) { meetings(from: $d) { totalCount } }', { d: '2016-13-01' }],
      ['query($s: Stance) { statements(stance: $s) { totalCount } }', { s: 'LIES' }],
      ['query($c: ClaimFilter) { meetings(claims: $c) { totalCount } }', { c: 'MAYBE' }],
    ] as const) {
      const response = await refusedBeforeExecution(query, variables);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('limits are enforced before execution', () => {
  it(`depth over ${API_LIMITS.maxDepth}: DEPTH_LIMIT with the limit, the depth found and what to change`, async () => {
    // person (1), then spokespeople and spokesperson five times (11), then id (12).
    let selection = 'id';
    for (let i = 0; i < 5; i += 1) selection = `spokespeople { spokesperson { ${selection} } }`;
    const response = await refusedBeforeExecution(
      `{ person(id: "person:jeff-sessions") { ${selection} } }`,
    );
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors ?? [];
    expect(error?.message).toBe(
      `Query depth 12 is over the limit of ${API_LIMITS.maxDepth}. Nest fewer selections (ask for ids and follow them with node(id:) in another query), or split the query.`,
    );
    expect(error?.message).not.toMatch(/syntax/i);
    expect(error?.extensions).toMatchObject({
      code: 'DEPTH_LIMIT',
      limit: API_LIMITS.maxDepth,
      actual: 12,
    });
  });

  it(`depth through fragments counts too (DEPTH_LIMIT), and a query at the limit runs`, async () => {
    let selection = '...Deep';
    for (let i = 0; i < 4; i += 1) selection = `spokespeople { spokesperson { ${selection} } }`;
    const deep = await refusedBeforeExecution(
      `{ person(id: "person:jeff-sessions") { ${selection} } } fragment Deep on Person { spokespeople { spokesperson { id } } }`,
    );
    expect(deep.errors?.[0]?.extensions?.code).toBe('DEPTH_LIMIT');
    expect(deep.errors?.[0]?.extensions?.actual).toBeGreaterThan(API_LIMITS.maxDepth);
    // person (1) + four pairs (9) + id (10): exactly the limit.
    let atLimit = 'id';
    for (let i = 0; i < 4; i += 1) atLimit = `spokespeople { spokesperson { ${atLimit} } }`;
    const ok = await gql(seeded.api(), `{ person(id: "person:jeff-sessions") { ${atLimit} } }`);
    expect(ok.errors).toBeUndefined();
  });

  it(`more than ${API_LIMITS.maxAliases} aliases: ALIAS_LIMIT with the limit, the count and what to change`, async () => {
    const aliases = Array.from(
      { length: API_LIMITS.maxAliases + 5 },
      (_, i) => `a${i}: stats { nodes }`,
    ).join(' ');
    const response = await refusedBeforeExecution(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors ?? [];
    expect(error?.message).toBe(
      `Aliases ${API_LIMITS.maxAliases + 5} is over the limit of ${API_LIMITS.maxAliases}. Use fewer aliased fields in one query, or send several queries.`,
    );
    expect(error?.extensions).toMatchObject({
      code: 'ALIAS_LIMIT',
      limit: API_LIMITS.maxAliases,
      actual: API_LIMITS.maxAliases + 5,
    });
  });

  it(`more than ${API_LIMITS.maxDirectives} directives: DIRECTIVE_LIMIT with the limit, the count and what to change`, async () => {
    const count = API_LIMITS.maxDirectives + 3;
    const response = await refusedBeforeExecution(
      `{ stats { nodes ${'@include(if: true) '.repeat(count)} } }`,
    );
    expect(response.status).toBe(400);
    const error = response.errors?.find((e) => e.extensions?.code === 'DIRECTIVE_LIMIT');
    expect(error, JSON.stringify(response.errors)).toBeDefined();
    expect(error?.message).toBe(
      `Directives ${count} is over the limit of ${API_LIMITS.maxDirectives}. Use fewer directives (@include, @skip) in one query, or split the query.`,
    );
    expect(error?.extensions).toMatchObject({ limit: API_LIMITS.maxDirectives, actual: count });
  });

  it(`more than ${API_LIMITS.maxTokens} tokens`, async () => {
    const response = await refusedBeforeExecution(
      `{ stats { ${'nodes '.repeat(API_LIMITS.maxTokens + 10)} } }`,
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toBe(
      `The query has more than ${API_LIMITS.maxTokens} tokens, the limit. Ask for fewer fields or aliases, or split the query.`,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'TOKEN_LIMIT',
      limit: API_LIMITS.maxTokens,
    });
  });

  it(`a cost over ${API_LIMITS.maxCost}`, async () => {
    const wide =
      'evidence { quote source { id title kind } } statements { text evidence { quote } about { stance target { id } } }';
    const aliases = Array.from(
      { length: 12 },
      (_, i) =>
        `p${i}: people(first: 100) { edges { node { ${wide} meetings { participants { node { id } } } } } }`,
    ).join(' ');
    const response = await refusedBeforeExecution(`{ ${aliases} }`);
    // The message and its numbers: tests/e2e/api-cost.test.ts.
    expect(response.errors?.[0]?.extensions?.code).toBe('COST_LIMIT');
    expect(response.errors?.[0]?.message).toMatch(/^Query cost [\d,]+ is over the limit of/);
  });

  it('a misspelt field is refused with the suggestion: the schema is public', async () => {
    const response = await refusedBeforeExecution(
      '{ peple { totalCount } person(id: "person:jeff-sessions") { nam } }',
    );
    expect(response.errors?.map((e) => e.message)).toEqual([
      'Cannot query field "peple" on type "Query". Did you mean "people"?',
      'Cannot query field "nam" on type "Person". Did you mean "name"?',
    ]);
    expect(JSON.stringify(response)).not.toContain('[Suggestion hidden]');
  });

  it('a request body over the size limit gets 413', async () => {
    const response = await fetch(seeded.api().graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ stats { nodes } } # ${'x'.repeat(100_000)}` }),
    });
    expect(response.status).toBe(413);
  });
});

describe('hostile text is text', () => {
  const hostile = [
    '"}) MATCH (n) DETACH DELETE n //',
    "' OR 1=1 //",
    'back\\slash \\" quote',
    'AND OR ~ * " ( ) [ ] { } ^ : /',
    'Sessions~ AND Kis*',
  ];

  it.each(hostile)(
    'search and name lookups treat %j as words, leak nothing, change nothing',
    async (text) => {
      const before = await graphChecksum(driver, database);
      const response = await gql(
        seeded.api(),
        'query($t: String!) { search(text: $t) { node { id } } person(name: $t) { id } people(nameContains: $t) { totalCount } }',
        { t: text },
      );
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      expect(JSON.stringify(response)).not.toMatch(
        /Neo4jError|Neo\.ClientError|Cypher|at .*\.js:\d+/,
      );
      expect(await graphChecksum(driver, database)).toEqual(before);
    },
  );

  it('the API is read-only: there is no mutation, and a mutation request changes nothing', async () => {
    const before = await graphChecksum(driver, database);
    const response = await refusedBeforeExecution('mutation { deleteEverything }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/read-only/);
    expect(await graphChecksum(driver, database)).toEqual(before);
  });
});

describe('internal errors are masked', () => {
  it('no stack, no Cypher and no driver message reaches the client; a request id does', async () => {
    // A database that does not exist makes every query fail inside the driver.
    const broken = createDriver(testCoordinates());
    const brokenApi = await startApi({
      driver: broken,
      database: 'nosuchdb',
      host: '127.0.0.1',
      port: 0,
      queryTimeoutMs: 5000,
    });
    try {
      const response = await gql(brokenApi, '{ stats { nodes } }');
      expect(response.errors?.[0]?.message).toBe('Internal server error.');
      expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(response.errors?.[0]?.extensions?.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(response)).not.toMatch(/nosuchdb|Neo4j|Neo\.|MATCH|stack|\.js:/);
    } finally {
      await brokenApi.stop();
      await broken.close();
    }
  });
});
