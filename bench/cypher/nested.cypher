// Bench floor: three levels, a person's meetings, their participants, and what each of them said.
// Parameters: $id (person id)
MATCH (p:Person {id: $id})
RETURN p.name AS name,
  [(p)-[:PARTICIPATED_IN]->(m:Event {kind: 'meeting'}) | m {.id, .name,
    participants: [(x:Person)-[:PARTICIPATED_IN]->(m) | x {.id, .name,
      statements: [(x)-[:MADE]->(s:Statement) | s {.id, .text, .saidAt}]}]}] AS meetings
