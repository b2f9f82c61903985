// Creates or updates this dataset's nodes (by id) and records that the dataset holds them.
// A node named by several datasets keeps one id; the last dataset seeded sets its properties.
// Parameters: $dataset (string), $rows (list of {id, label, props})
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, coalesce(n.datasets, []) AS held
SET n = row.props
SET n:$(row.label)
SET n.datasets = CASE WHEN $dataset IN held THEN held ELSE held + $dataset END
