// Releases the nodes this dataset no longer has; a node no dataset holds any more is deleted.
// Parameters: $dataset (string), $ids (list of the node ids the dataset has now)
MATCH (n:Entity)
WHERE $dataset IN n.datasets AND NOT n.id IN $ids
SET n.datasets = [d IN n.datasets WHERE d <> $dataset]
WITH n
WHERE size(n.datasets) = 0
DETACH DELETE n
