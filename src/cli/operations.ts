/**
 * The GraphQL operations behind the CLI's questions. They run in-process through the API's
 * resolvers (src/cli/graphql.ts), so the CLI and the API ask Neo4j the same named queries.
 * Their `data` is what `--format json` prints: the stable, documented shape (docs/cli.md).
 */
const DATE = 'value precision start end text inferred';
const NODE =
  'id __typename ... on Person { name } ... on Organization { name } ... on Group { name } ... on Country { name } ... on Matter { name } ... on Meeting { name } ... on Event { name } ... on Statement { text } ... on Source { title } ... on Role { title }';
const EVIDENCE = 'evidence { quote start end source { id } }';

export const OPERATIONS = {
  path: `query Path($from: ID!, $to: ID!, $maxHops: Int, $via: [String!], $all: Boolean!) {
  shortestPath(from: $from, to: $to, maxHops: $maxHops, via: $via) @skip(if: $all) { length steps { type from { ${NODE} } to { ${NODE} } date { ${DATE} } ${EVIDENCE} } }
  paths(from: $from, to: $to, maxHops: $maxHops, via: $via, first: 100) @include(if: $all) { length steps { type from { ${NODE} } to { ${NODE} } date { ${DATE} } ${EVIDENCE} } }
}`,
  timeline: `query Timeline($entity: ID!, $from: Date, $to: Date) {
  timeline(entity: $entity, from: $from, to: $to) { kind role summary date { ${DATE} } node { ${NODE} ... on Meeting { ${EVIDENCE} } ... on Event { ${EVIDENCE} } ... on Statement { ${EVIDENCE} } } }
}`,
  meetings: `query Meetings($participant: ID!, $with: ID) {
  meetings(participant: $participant, with: $with, first: 100) { totalCount edges { node { id name place date { ${DATE} } participants { role node { ${NODE} } } ${EVIDENCE} } } }
}`,
  statements: `query Statements($speaker: ID!, $stance: Stance) {
  statements(speaker: $speaker, stance: $stance, first: 100) { totalCount edges { node { id text textKind medium saidAt { ${DATE} } onBehalfOf { name } about { stance claim inferred target { ${NODE} } } ${EVIDENCE} } } }
}`,
  contradictions: `query Contradictions($person: ID) {
  contradictions(person: $person) {
    statement { id text saidAt { ${DATE} } ${EVIDENCE} }
    speaker { ${NODE} }
    deniedFacts { claim inferred inferredFrom fact { ${NODE} ... on Meeting { date { ${DATE} } } } ${EVIDENCE} }
    responses { id text speaker { ${NODE} } }
  }
}`,
  whoSpeaksFor: `query WhoSpeaksFor($id: ID!) {
  node(id: $id) { ... on Person { name spokespeople { spokesperson { id name } date { ${DATE} } statements { id text } ${EVIDENCE} } } }
}`,
  search: `query Search($text: String!) { search(text: $text, first: 20) { score field node { ${NODE} } } }`,
  stats: `query Stats { stats { nodes relationships labels { name count } types { name count } } }`,
} as const;
