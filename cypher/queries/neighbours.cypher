// Question: which nodes do these nodes reach through one relationship type, in one direction?
// (the API's nested fields, batched: a person's statements, an event's participants, …)
// Parameters: $ids (list of strings): node ids; $type (string): a relationship type;
//             $direction (string): 'out' (from these nodes) or 'in' (to them)
// Example: :param ids => ['person:jeff-sessions']  :param type => 'PARTICIPATED_IN'  :param direction => 'out'
MATCH (n:Entity)-[r]-(m:Entity)
WHERE n.id IN $ids AND type(r) = $type AND (startNode(r) = n) = ($direction = 'out')
RETURN n.id AS id, r {.*} AS rel, m {.*, labels: labels(m)} AS node
ORDER BY coalesce(m.dateSortKey, m.saidAtSortKey, r.dateSortKey), m.id
LIMIT 10000
