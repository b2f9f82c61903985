// The ids of the nodes a dataset holds now (for `seed --dry-run`).
// Parameters: $dataset (string), e.g. :param dataset => 'sessions-recusal-2017-03-02'
MATCH (n:Entity)
WHERE $dataset IN n.datasets
RETURN n.id AS id
