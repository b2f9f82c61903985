// Deletes nodes no dataset defines any more, with their versions and relationships.
// Parameters: $ids (list of node ids)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n)-[:HAS_VERSION]->(v:Version)
DETACH DELETE v, n
