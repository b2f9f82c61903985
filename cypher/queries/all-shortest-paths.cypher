// Question: all the shortest paths between two nodes over these relationship types (those
// resting on the fewest claims first, then the earliest-dated).
// A step is a claim when its relationship says claim: true (see shortest-path.cypher).
// Parameters: $from, $to (ids); $maxHops (integer, 1 to 10); $types (list of relationship types);
//             $claims ('include', 'exclude' or 'only'); $limit (integer): how many paths at most
// Example: :param from => 'person:sarah-isgur-flores'  :param to => 'person:sergey-kislyak'  :param maxHops => 4  :param types => ['SPOKE_FOR', 'MET_WITH']  :param claims => 'include'  :param limit => 10
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
// The search stops at maxHops: Cypher takes no parameter in [*..n], so the API and the CLI
// rewrite the 10 (src/queries/hop-bound.ts); as written here, 10 bounds it and $maxHops filters.
// $claims works as in shortest-path.cypher: 'exclude' inside the search, 'only' afterwards.
MATCH p = allShortestPaths((a)-[*..10 /* maxHops */]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types
          AND ($claims <> 'exclude' OR coalesce(r.claim = true, false) = false))
WITH p
WHERE length(p) <= $maxHops
WITH p, size([r IN relationships(p) WHERE r.claim = true]) AS claimSteps
WHERE $claims <> 'only' OR claimSteps > 0
WITH p, claimSteps
ORDER BY claimSteps, [r IN relationships(p) | coalesce(toString(r.dateStart), '9999')], [n IN nodes(p) | n.id]
RETURN [n IN nodes(p) | n {.*, labels: labels(n)}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), startId: startNode(r).id, endId: endNode(r).id}] AS rels
LIMIT $limit
