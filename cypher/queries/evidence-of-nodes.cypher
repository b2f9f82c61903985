// Question: what evidence (source, offsets, exact quote) supports each of these nodes?
// Parameters: $ids (list of strings): node ids
// Example: :param ids => ['person:jeff-sessions', 'event:meeting-sessions-kislyak-2016-09-08']
MATCH (n:Entity)-[:EVIDENCED_BY]->(e:Evidence)
WHERE n.id IN $ids
WITH n, e
ORDER BY e.start, e.end
RETURN n.id AS id, collect(DISTINCT e {.sourceId, .start, .end, .quote}) AS evidence
