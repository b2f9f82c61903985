// Creates or updates this dataset's nodes (by id) and records that the dataset holds them.
// A node only this dataset holds gets exactly the file's properties (a property removed from
// the file disappears); a node other datasets hold too is merged into, so that one dataset
// naming a person briefly never wipes what another says of them.
// Parameters: $dataset (string), $rows (list of {id, label, props})
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, coalesce(n.datasets, []) AS held
WITH n, row, held, size([d IN held WHERE d <> $dataset]) = 0 AS soleHolder
FOREACH (_ IN CASE WHEN soleHolder THEN [1] ELSE [] END | SET n = row.props)
FOREACH (_ IN CASE WHEN soleHolder THEN [] ELSE [1] END | SET n += row.props)
SET n:$(row.label)
SET n.datasets = CASE WHEN $dataset IN held THEN held ELSE held + $dataset END
