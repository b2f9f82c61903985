// Question: every relationship with its type, ends, properties and their Neo4j types (for `testimony export`).
// Pages by start node (keyset on its id, not SKIP): a page is the next $limit nodes and all their
// outgoing relationships. A node without any gives one row with a null type, so that the page
// still moves the cursor on.
// Parameters: $after (string, '' for the first page), $limit (integer): start nodes per page
// Example: :param after => ''  :param limit => 1000
CALL () {
  MATCH (a:Entity) WHERE a.id > $after
  RETURN a ORDER BY a.id LIMIT $limit
  UNION
  MATCH (a:Evidence) WHERE a.id > $after
  RETURN a ORDER BY a.id LIMIT $limit
}
WITH a ORDER BY a.id LIMIT $limit
OPTIONAL MATCH (a)-[r]->(b)
WITH a, r, b ORDER BY a.id, type(r), b.id, elementId(r)
RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS properties,
       [key IN keys(r) | [key, valueType(r[key])]] AS types
