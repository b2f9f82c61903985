// Question: every node with its labels, properties and their Neo4j types (for `testimony export`).
// Parameters: $skip, $limit (integers): one page of the export, in id order
// Example: :param skip => 0  :param limit => 1000
MATCH (n)
WHERE n.id IS NOT NULL
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
       [key IN keys(n) | [key, valueType(n[key])]] AS types
ORDER BY n.id
SKIP $skip
LIMIT $limit
