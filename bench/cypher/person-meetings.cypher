// Bench floor: a person, their meetings and each meeting's participants, in one round trip:
// what a hand-written Cypher answer to the API's person { meetings { participants } } looks like.
// Parameters: $id (person id)
MATCH (p:Person {id: $id})
RETURN p.name AS name,
  [(p)-[:PARTICIPATED_IN]->(m:Event {kind: 'meeting'}) | m {.id, .name, .date, .datePrecision,
    participants: [(x)-[r:PARTICIPATED_IN]->(m) | {role: r.role, id: x.id, name: x.name}]}] AS meetings
