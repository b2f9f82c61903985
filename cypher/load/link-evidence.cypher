// Links each node to the evidence spans that support it (EVIDENCED_BY), for this dataset, with
// the curator's order as `position` (derived relationships list evidence in that order).
// Parameters: $dataset (string), $rows (list of {id, evidenceIds})
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
UNWIND range(0, size(row.evidenceIds) - 1) AS position
MATCH (e:Evidence {id: row.evidenceIds[position]})
CREATE (n)-[:EVIDENCED_BY {dataset: $dataset, position: position}]->(e)
