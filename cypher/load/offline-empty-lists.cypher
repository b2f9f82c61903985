// seed --offline, after neo4j-admin import: the empty lists the importer cannot write (it reads
// an empty CSV field as no property), as the online seed stores them (src/loader/offline-graph.ts).
// Parameters: $rows (list of {id, props: map of property -> []})
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props
