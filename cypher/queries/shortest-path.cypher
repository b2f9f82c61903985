// Question: how are two nodes connected, by the shortest path over these relationship types?
// Among equally short paths it answers the one resting on the fewest claims, then the
// earliest-dated (then by node ids), so the same question always gets the same answer.
// A step is a claim when it rests only on someone's statement: the relationship says
// claim: true (a MET_WITH whose meetings are all claims, a participation in a claimed event),
// with claimedBy (statement ids) and count (the report's words). $claims: 'include' (the API's
// default) allows claim steps and marks them, 'exclude' searches recorded facts only, 'only'
// keeps, of the shortest paths, those with at least one claim step.
// Parameters: $from, $to (ids); $maxHops (integer, 1 to 10); $types (list of relationship types);
//             $claims ('include', 'exclude' or 'only')
// Example: :param from => 'person:sarah-isgur-flores'  :param to => 'person:sergey-kislyak'  :param maxHops => 4  :param types => ['SPOKE_FOR', 'MET_WITH']  :param claims => 'include'
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
// The search stops at maxHops: Cypher takes no parameter in [*..n], so the API and the CLI
// rewrite the 10 (src/queries/hop-bound.ts); as written here, 10 bounds it and $maxHops filters.
// 'exclude' is part of the search, so it finds the shortest recorded path (not the shortest
// paths, filtered). 'only' filters afterwards: as a whole-path test inside the search it would
// make Neo4j plan an exhaustive fallback search, run whenever no path exists.
// (`r.claim = true`: ABOUT's claim is a text, never true.)
MATCH p = allShortestPaths((a)-[*..10 /* maxHops */]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types
          AND ($claims <> 'exclude' OR coalesce(r.claim = true, false) = false))
WITH p
WHERE length(p) <= $maxHops
WITH p, size([r IN relationships(p) WHERE r.claim = true]) AS claimSteps
WHERE $claims <> 'only' OR claimSteps > 0
WITH p, claimSteps
ORDER BY claimSteps, [r IN relationships(p) | coalesce(toString(r.dateStart), '9999')], [n IN nodes(p) | n.id]
LIMIT 1
RETURN [n IN nodes(p) | n {.*, labels: labels(n)}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), startId: startNode(r).id, endId: endNode(r).id}] AS rels
