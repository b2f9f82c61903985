// Question: which nodes do these nodes reach through one relationship type, in one direction?
// (the API's nested fields, batched: a person's statements, an event's participants, …)
// Each id gets at most $limit neighbours of its own (never one LIMIT over the whole batch, which
// could cut one hub's list short and leave another's whole): the API asks for its cap plus one,
// so that it can tell a list that holds exactly the cap from one that was cut (src/api/loaders.ts).
// Parameters: $ids (list of strings): node ids; $type (string): a relationship type;
//             $direction (string): 'out' (from these nodes) or 'in' (to them);
//             $limit (integer): at most this many neighbours per id;
//             $fields ({node, rel}: lists of property names, or null for all): what the API's query selects
//             (src/api/projection.ts), each node's and relationship's values in that order
// Example: :param ids => ['person:jeff-sessions']  :param type => 'PARTICIPATED_IN'  :param direction => 'out'  :param limit => 10001  :param fields => null
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) = $type AND (startNode(r) = n) = ($direction = 'out')
  WITH r, m ORDER BY coalesce(m.dateSortKey, m.saidAtSortKey, r.dateSortKey), m.id
  RETURN r, m LIMIT $limit
}
RETURN n.id AS id,
  CASE WHEN $fields IS NULL THEN r {.*} ELSE {values: [k IN $fields.rel | r[k]]} END AS rel,
  CASE WHEN $fields IS NULL THEN m {.*, labels: labels(m)}
    ELSE {labels: labels(m), values: [k IN $fields.node | m[k]]} END AS node
