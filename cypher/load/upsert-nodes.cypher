// Writes the nodes only this dataset defines: exactly the file's properties (a property removed
// from the file disappears), datasets included.
// Parameters: $rows (list of {id, label, props})
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
// Its name and aliases in lower case, for entity-by-name.cypher's index seek (name_keys).
SET n.nameKeys = [key IN [row.props.name] + coalesce(row.props.aliases, []) WHERE key IS NOT NULL | toLower(key)]
SET n:$(row.label)
