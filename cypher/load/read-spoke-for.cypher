// Every statement made by a spokesperson on a principal's behalf, in any dataset, with its
// evidence in the curator's order, for deriving SPOKE_FOR (src/loader/derive.ts).
// Parameters: $pairs (list of {from, to})
UNWIND $pairs AS pair
MATCH (:Entity {id: pair.from})-[:MADE]->(s:Statement)-[:ON_BEHALF_OF]->(:Entity {id: pair.to})
CALL (s) {
  OPTIONAL MATCH (s)-[x:EVIDENCED_BY]->(ev:Evidence)
  WITH x, ev ORDER BY x.position
  RETURN collect(ev {.id, .quote, .start, .end, .sourceId}) AS evidence
}
RETURN pair.from AS from, pair.to AS to, s.id AS id, properties(s) AS props, evidence
