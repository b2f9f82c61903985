// The OTHER datasets that refer to what only $dataset defines: for each, how many of the nodes
// that $dataset alone defines (n.datasets = [$dataset]) its relationships (r.dataset) touch,
// and up to 5 of their ids. Removing $dataset would delete those nodes and the other datasets'
// relationships with them, so `seed --remove` refuses while this returns a row.
// A node several datasets define stays when one is removed, so it is no reason to refuse;
// derived relationships (MET_WITH, SPOKE_FOR) have no r.dataset and follow their facts.
// Reads every Entity's datasets: run on removal, not per seed.
// Parameters: $dataset (string), e.g. :param dataset => 'sessions-recusal-2017-03-02'
MATCH (n:Entity)
WHERE n.datasets = [$dataset]
MATCH (n)-[r]-()
WHERE r.dataset IS NOT NULL AND r.dataset <> $dataset
WITH DISTINCT r.dataset AS referrer, n.id AS id
ORDER BY referrer, id
WITH referrer, collect(id) AS ids
RETURN referrer AS dataset, size(ids) AS nodes, ids[0..5] AS examples
ORDER BY dataset
