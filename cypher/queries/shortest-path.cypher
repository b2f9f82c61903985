// Question: how are two nodes connected, by the shortest path over these relationship types?
// Among equally short paths it answers the earliest-dated (then by node ids), so the same
// question always gets the same answer.
// Parameters: $from, $to (ids); $maxHops (integer, 1 to 10); $types (list of relationship types)
// Example: :param from => 'person:sarah-isgur-flores'  :param to => 'person:sergey-kislyak'  :param maxHops => 4  :param types => ['SPOKE_FOR', 'MET_WITH']
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
// The search stops at maxHops: Cypher takes no parameter in [*..n], so the API and the CLI
// rewrite the 10 (src/queries/hop-bound.ts); as written here, 10 bounds it and $maxHops filters.
MATCH p = allShortestPaths((a)-[*..10 /* maxHops */]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
WITH p
WHERE length(p) <= $maxHops
WITH p
ORDER BY [r IN relationships(p) | coalesce(toString(r.dateStart), '9999')], [n IN nodes(p) | n.id]
LIMIT 1
RETURN [n IN nodes(p) | n {.*, labels: labels(n)}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), startId: startNode(r).id, endId: endNode(r).id}] AS rels
