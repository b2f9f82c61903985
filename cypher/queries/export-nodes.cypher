// Question: every node with its labels, properties and their Neo4j types (for `testimony export`).
// Pages by id (keyset, not SKIP): each page is two index seeks, so exporting a large graph costs
// the graph once, not once per page.
// Parameters: $after (string, '' for the first page), $limit (integer): the next page, in id order
// Example: :param after => ''  :param limit => 1000
CALL () {
  MATCH (n:Entity) WHERE n.id > $after
  RETURN n ORDER BY n.id LIMIT $limit
  UNION
  MATCH (n:Evidence) WHERE n.id > $after
  RETURN n ORDER BY n.id LIMIT $limit
}
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
       [key IN keys(n) | [key, valueType(n[key])]] AS types
