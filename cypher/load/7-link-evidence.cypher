// Links each node to the evidence spans that support it (EVIDENCED_BY), for this dataset.
// Parameters: $dataset (string), $rows (list of {id, evidenceIds})
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
UNWIND row.evidenceIds AS evidenceId
MATCH (e:Evidence {id: evidenceId})
CREATE (n)-[:EVIDENCED_BY {dataset: $dataset}]->(e)
