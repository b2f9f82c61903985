// Removes every relationship this dataset wrote at its last seed; the seed then writes them
// afresh, so a relationship removed from the file disappears and none is duplicated.
// Parameters: $dataset (string), e.g. :param dataset => 'sessions-recusal-2017-03-02'
MATCH ()-[r]->()
WHERE r.dataset = $dataset
DELETE r
