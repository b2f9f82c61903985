// Writes the nodes only this dataset defines: exactly the file's properties (a property removed
// from the file disappears), datasets included.
// Parameters: $rows (list of {id, label, props})
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.label)
