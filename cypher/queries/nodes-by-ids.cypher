// Question: which nodes have these ids? (the API's node lookup, batched per request)
// Parameters: $ids (list of strings): node ids
// Example: :param ids => ['person:jeff-sessions', 'person:sergey-kislyak']
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n {.*, labels: labels(n)} AS node
