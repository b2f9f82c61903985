// Question: who recused from what, when, in what words, announced by which statement?
// Parameters: $person (id or null): only this person's recusals
// Example: :param person => 'person:jeff-sessions'
MATCH (p:Person)-[r:RECUSED_FROM]->(m:Matter)
WHERE $person IS NULL OR p.id = $person
RETURN p {.*, labels: labels(p)} AS person, m {.*, labels: labels(m)} AS matter, r {.*} AS recusal
ORDER BY r.announcedAtSortKey, r.recusalId
LIMIT 1000
