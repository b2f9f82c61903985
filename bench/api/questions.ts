import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchQuery } from '../../src/api/index.js';
import { DEFAULT_CLAIM_FILTER, DEFAULT_DATE_FILTER, PATH_TYPES } from '../../src/domain/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';

/**
 * The six questions of the API benchmark, each asked three ways: our GraphQL API, @neo4j/graphql
 * (the peer), and raw Cypher through neo4j-driver (the floor). Each way selects the same fields.
 * Inputs (`Args`) come from the dataset: random people, pairs of people, last names.
 */
export interface Args {
  id: string;
  other: string;
  word: string;
}

export interface Question {
  name: string;
  describe: string;
  ours: { query: string; variables: (a: Args) => Record<string, unknown> };
  peer: { query: string; variables: (a: Args) => Record<string, unknown> };
  /** A .cypher file (relative to the project) and its parameters. */
  raw: { file: string; params: (a: Args) => Record<string, unknown> };
}

const person = (a: Args) => ({ id: a.id });

export const QUESTIONS: Question[] = [
  {
    name: 'person-meetings',
    describe: "a person with their meetings and each meeting's participants",
    ours: {
      query:
        'query($id: ID!) { person(id: $id) { name meetings { id name date { value precision } participants { role node { id ... on Person { name } } } } } }',
      variables: person,
    },
    peer: {
      query:
        'query($id: ID!) { people(where: { id: { eq: $id } }) { name meetings { id name date datePrecision participantsConnection { edges { properties { role } node { id name } } } } } }',
      variables: person,
    },
    raw: { file: 'bench/cypher/person-meetings.cypher', params: person },
  },
  {
    name: 'timeline',
    describe: "a person's events and statements in time order",
    ours: {
      query:
        'query($id: ID!) { timeline(entity: $id) { kind role summary date { value precision } node { id } } }',
      variables: person,
    },
    peer: {
      query:
        'query($id: ID!) { timeline(entity: $id) { kind role summary date datePrecision id } }',
      variables: person,
    },
    raw: {
      file: 'cypher/queries/timeline.cypher',
      params: (a) => ({
        entity: a.id,
        from: null,
        to: null,
        dates: DEFAULT_DATE_FILTER,
        claims: DEFAULT_CLAIM_FILTER,
      }),
    },
  },
  {
    name: 'shortest-path',
    describe: 'the shortest path between two people (at most 4 hops)',
    ours: {
      query:
        'query($id: ID!, $other: ID!) { shortestPath(from: $id, to: $other, maxHops: 4) { length steps { type from { id } to { id } } } }',
      variables: (a) => ({ id: a.id, other: a.other }),
    },
    peer: {
      query:
        'query($id: ID!, $other: ID!, $types: [String!]!) { shortestPath(from: $id, to: $other, maxHops: 4, types: $types) { length steps { type fromId toId } } }',
      variables: (a) => ({ id: a.id, other: a.other, types: [...PATH_TYPES] }),
    },
    raw: {
      file: 'cypher/queries/shortest-path.cypher',
      params: (a) => ({
        from: a.id,
        to: a.other,
        maxHops: 4,
        types: [...PATH_TYPES],
        claims: DEFAULT_CLAIM_FILTER,
      }),
    },
  },
  {
    name: 'contradictions',
    describe: "a person's denials of recorded meetings, with the responses",
    ours: {
      query:
        'query($id: ID!) { contradictions(person: $id) { statement { id text } deniedFacts { fact { id } } responses { id } } }',
      variables: person,
    },
    peer: {
      query:
        'query($id: ID!) { contradictions(person: $id) { statementId text deniedIds responseIds } }',
      variables: person,
    },
    raw: {
      file: 'cypher/queries/contradictions.cypher',
      params: (a) => ({ person: a.id, speakerKind: null }),
    },
  },
  {
    name: 'search',
    describe: 'full-text search for a name (20 best hits)',
    ours: {
      query: 'query($word: String!) { search(text: $word) { score node { id } } }',
      variables: (a) => ({ word: a.word }),
    },
    peer: {
      query: 'query($word: String!) { search(query: $word, limit: 20) { score id } }',
      variables: (a) => ({ word: searchQuery(a.word) }),
    },
    raw: {
      file: 'cypher/queries/search.cypher',
      params: (a) => ({ query: searchQuery(a.word), limit: 20 }),
    },
  },
  {
    name: 'nested-3-levels',
    describe: "a person's meetings, their participants, and what each of them said",
    ours: {
      query:
        'query($id: ID!) { person(id: $id) { name meetings { id name participants { node { id ... on Person { name statements { id text date: saidAt { value } } } } } } } }',
      variables: person,
    },
    peer: {
      query:
        'query($id: ID!) { people(where: { id: { eq: $id } }) { name meetings { id name participants { id name statements { id text saidAt } } } } }',
      variables: person,
    },
    raw: { file: 'bench/cypher/nested.cypher', params: person },
  },
];

export const rawCypher = (question: Question) =>
  readFileSync(join(PROJECT_ROOT, question.raw.file), 'utf8');
