// Question: which nodes do these nodes reach through one relationship type, in one direction?
// (the API's nested fields, batched: a person's statements, an event's participants, …)
// Each id gets at most $limit neighbours of its own (never one LIMIT over the whole batch, which
// could cut one hub's list short and leave another's whole): the API asks for its cap plus one,
// so that it can tell a list that holds exactly the cap from one that was cut (src/api/loaders.ts).
// Parameters: $ids (list of strings): node ids; $type (string): a relationship type;
//             $direction (string): 'out' (from these nodes) or 'in' (to them);
//             $limit (integer): at most this many neighbours per id
// Example: :param ids => ['person:jeff-sessions']  :param type => 'PARTICIPATED_IN'  :param direction => 'out'  :param limit => 10001
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) = $type AND (startNode(r) = n) = ($direction = 'out')
  WITH r, m ORDER BY coalesce(m.dateSortKey, m.saidAtSortKey, r.dateSortKey), m.id
  RETURN r, m LIMIT $limit
}
RETURN n.id AS id, r {.*} AS rel, m {.*, labels: labels(m)} AS node
