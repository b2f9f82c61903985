// Question: which nodes do these nodes reach through one relationship type, in one direction?
// (the API's nested fields, batched: a person's statements, an event's participants, …)
// Parameters: $ids (list of strings): node ids; $type (string): a relationship type;
//             $direction (string): 'out' (from these nodes) or 'in' (to them);
//             $fields ({node, rel}: lists of property names, or null for all): what the API's query selects
//             (src/api/projection.ts), each node's and relationship's values in that order
// Example: :param ids => ['person:jeff-sessions']  :param type => 'PARTICIPATED_IN'  :param direction => 'out'  :param fields => null
MATCH (n:Entity)-[r]-(m:Entity)
WHERE n.id IN $ids AND type(r) = $type AND (startNode(r) = n) = ($direction = 'out')
RETURN n.id AS id,
  CASE WHEN $fields IS NULL THEN r {.*} ELSE {values: [k IN $fields.rel | r[k]]} END AS rel,
  CASE WHEN $fields IS NULL THEN m {.*, labels: labels(m)}
    ELSE {labels: labels(m), values: [k IN $fields.node | m[k]]} END AS node
ORDER BY coalesce(m.dateSortKey, m.saidAtSortKey, r.dateSortKey), m.id
LIMIT 10000
