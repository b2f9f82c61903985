// Writes the nodes only this dataset defines: exactly the file's properties (a property removed
// from the file disappears), datasets included.
// Parameters: $rows (list of {id, label, props})
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
// Its name and aliases in lower case, for entity-by-name.cypher's index seek (name_keys); none
// on a node without a name (an empty list would not survive a CSV export and import).
WITH n, row, [key IN [row.props.name] + coalesce(row.props.aliases, []) WHERE key IS NOT NULL | toLower(key)] AS keys
SET n.nameKeys = CASE WHEN size(keys) > 0 THEN keys END
SET n:$(row.label)
