// Writes this dataset's curated relationships, each tagged with the dataset that states it.
// The type comes from the loader's fixed set (validated), never from user text.
// Parameters: $dataset (string), $rows (list of {type, from, to, props})
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.dataset = $dataset
