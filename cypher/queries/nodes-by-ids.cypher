// Question: which nodes have these ids? (the API's node lookup, batched per request)
// Parameters: $ids (list of strings): node ids; $fields ({node, rel}: lists of property names, or null for all):
//   what the API's query selects (src/api/projection.ts), returned as values in that order
// Example: :param ids => ['person:jeff-sessions', 'person:sergey-kislyak']  :param fields => null
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN CASE WHEN $fields IS NULL THEN n {.*, labels: labels(n)}
  ELSE {labels: labels(n), values: [k IN $fields.node | n[k]]} END AS node
