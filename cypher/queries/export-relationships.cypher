// Question: every relationship with its type, ends, properties and their Neo4j types (for `testimony export`).
// Parameters: $skip, $limit (integers): one page of the export, in a stable order
// Example: :param skip => 0  :param limit => 1000
MATCH (a)-[r]->(b)
WHERE a.id IS NOT NULL AND b.id IS NOT NULL
RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS properties,
       [key IN keys(r) | [key, valueType(r[key])]] AS types
ORDER BY start, type, end, elementId(r)
SKIP $skip
LIMIT $limit
