// Releases the evidence spans this dataset no longer cites; a span no dataset cites is deleted.
// Parameters: $dataset (string), $ids (list of the evidence ids the dataset cites now)
MATCH (e:Evidence)
WHERE $dataset IN e.datasets AND NOT e.id IN $ids
SET e.datasets = [d IN e.datasets WHERE d <> $dataset]
WITH e
WHERE size(e.datasets) = 0
DETACH DELETE e
