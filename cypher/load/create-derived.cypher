// Writes derived relationships (MET_WITH, SPOKE_FOR): no single dataset holds them; their
// `datasets` say which datasets' facts they summarise.
// Parameters: $rows (list of {type, from, to, props})
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
