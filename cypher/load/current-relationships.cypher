// How many relationships of each type a dataset holds now (for `seed --dry-run`).
// Parameters: $dataset (string), e.g. :param dataset => 'sessions-recusal-2017-03-02'
MATCH ()-[r]->()
WHERE r.dataset = $dataset
RETURN type(r) AS type, count(*) AS count
