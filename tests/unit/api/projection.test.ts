import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../../bench/api/questions.js';
import { buildSchema } from '../../../src/api/index.js';
import { nodeOf, projection, relOf } from '../../../src/api/projection.js';

const fieldsOf = projection(buildSchema());
const of = (query: string) => fieldsOf.of(parse(query));

describe('the properties a request projects (src/api/projection.ts)', () => {
  it('are the selected fields, with what their resolvers read', () => {
    const nested = QUESTIONS.find((q) => q.name === 'nested-3-levels');
    const fields = of(nested?.ours.query ?? '');
    expect(fields?.node).toEqual(
      expect.arrayContaining(['id', 'kind', 'cluster', 'claimedBy', 'name']),
    );
    expect(fields?.node).toEqual(expect.arrayContaining(['text', 'saidAt']));
    // Object-valued fields are no properties; nothing of a relationship is asked.
    for (const name of ['description', 'evidenceQuotes', 'statements', 'meetings', 'value'])
      expect(fields?.node).not.toContain(name);
    expect(fields?.rel).toEqual(['position']); // read from every relationship: the curator's order
    // Of a date, its value and the parts the document asks for.
    expect(fields?.node).not.toContain('saidAtStart');
    expect(of('{ node(id: "x") { ... on Statement { saidAt { start } } } }')?.node).toEqual(
      expect.arrayContaining(['saidAt', 'saidAtStart']),
    );
    const participants = of(
      '{ node(id: "x") { ... on Meeting { participants { role evidence { quote } } } } }',
    );
    expect(participants?.rel).toEqual(
      expect.arrayContaining(['role', 'evidenceQuotes', 'evidenceSourceIds']),
    );
  });

  it('never take a name from the client: aliases, arguments and unknown fields are not properties', () => {
    const fields = of(
      '{ password: person(id: "secret") { apoc: name ...F } } fragment F on Person { notAField }',
    );
    expect(fields?.node).toContain('name');
    for (const name of ['password', 'secret', 'apoc', 'notAField'])
      expect([...(fields?.node ?? []), ...(fields?.rel ?? [])]).not.toContain(name);
  });

  it('are every property where a field reads a record whole (a version, its fields)', () => {
    expect(of('{ person(id: "x") { versions { fields { name } } } }')).toBeNull();
    expect(of('{ node(id: "x") { ... on Meeting { sameAs { id } } } }')).toBeNull();
  });

  it('are computed once per parsed document', () => {
    const document = parse('{ node(id: "x") { id } }');
    expect(fieldsOf.of(document)).toBe(fieldsOf.of(document));
  });

  it('unpack into records shaped as n {.*} gives them (absent properties left out)', () => {
    const fields = { node: ['id', 'name', 'place'], rel: ['role', 'place'] };
    expect(nodeOf({ labels: ['Person'], values: ['p:1', 'A', null] }, fields)).toEqual({
      id: 'p:1',
      name: 'A',
      labels: ['Person'],
    });
    expect(relOf({ values: [null, 'x'] }, fields)).toEqual({ place: 'x' });
    const whole = { id: 'p:1', labels: ['Person'], description: 'd' };
    expect(nodeOf(whole, null)).toBe(whole);
  });
});
