// Of the nodes a seed would delete, those another dataset still refers to (one of its curated
// relationships touches them): the seed is refused rather than break that dataset's facts.
// Parameters: $dataset (string), $ids (list of node ids)
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-()
WHERE r.dataset IS NOT NULL AND r.dataset <> $dataset
RETURN id, collect(DISTINCT r.dataset) AS datasets
ORDER BY id
