// Removes every curated relationship this dataset wrote at its last seed (derived MET_WITH and
// SPOKE_FOR have no single dataset: the loader derives them again, see derive-scope.cypher);
// the seed then writes them afresh, so a relationship removed from the file disappears.
// Parameters: $dataset (string), e.g. :param dataset => 'sessions-recusal-2017-03-02'
MATCH ()-[r]->()
WHERE r.dataset = $dataset
DELETE r
