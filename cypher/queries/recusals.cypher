// Question: who recused from what, when, in what words, announced by which statement?
// Two guarded branches, so that a given person starts from an index seek on its id; the second
// runs only without one (an UNWIND of nothing otherwise: see contradictions.cypher).
// Parameters: $person (id or null): only this person's recusals
// Example: :param person => 'person:jeff-sessions'
CALL () {
  MATCH (p:Person {id: $person})-[r:RECUSED_FROM]->(m:Matter)
  RETURN p, r, m
  UNION
  UNWIND CASE WHEN $person IS NULL THEN [true] ELSE [] END AS everyone
  MATCH (p:Person)-[r:RECUSED_FROM]->(m:Matter)
  RETURN p, r, m
}
RETURN p {.*, labels: labels(p)} AS person, m {.*, labels: labels(m)} AS matter, r {.*} AS recusal
ORDER BY r.announcedAtSortKey, r.recusalId
LIMIT 1000
