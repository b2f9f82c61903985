// How many relationships of each type a dataset holds now (for `seed --dry-run`): its curated
// ones, and the derived MET_WITH and SPOKE_FOR its facts take part in.
// Parameters: $dataset (string), e.g. :param dataset => 'sessions-recusal-2017-03-02'
MATCH ()-[r]->()
WHERE r.dataset = $dataset OR $dataset IN r.datasets
RETURN type(r) AS type, count(*) AS count
