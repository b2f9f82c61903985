// The nodes this dataset defines now but no longer has: the seed releases them (a node no other
// dataset defines is deleted; a shared one is merged again from the versions that remain).
// Parameters: $dataset (string), $ids (list of the node ids the dataset has now)
MATCH (n:Entity)
WHERE $dataset IN n.datasets AND NOT n.id IN $ids
RETURN n.id AS id, labels(n) AS labels
