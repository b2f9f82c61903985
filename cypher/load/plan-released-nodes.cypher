// For `seed --dry-run`: the nodes this dataset holds now but no longer has, and which other
// datasets still hold each (a node no other dataset holds would be deleted).
// Parameters: $dataset (string), $ids (list of the node ids the dataset has now),
//   e.g. :param dataset => 'sessions-recusal-2017-03-02'; :param ids => ['person:jeff-sessions']
MATCH (n:Entity)
WHERE $dataset IN n.datasets AND NOT n.id IN $ids
RETURN n.id AS id, [d IN n.datasets WHERE d <> $dataset] AS keptBy
ORDER BY id
