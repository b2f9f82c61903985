// Writes nodes several datasets define: the merged view on the node, and one (:Version) node per
// dataset (none when one dataset is left). Versions of datasets that no longer define it go.
// Parameters: $rows (list of {id, label, props, versions: list of {id, props}})
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
// Its name and aliases in lower case, for entity-by-name.cypher's index seek (name_keys); none
// on a node without a name (an empty list would not survive a CSV export and import).
WITH n, row, [key IN [row.props.name] + coalesce(row.props.aliases, []) WHERE key IS NOT NULL | toLower(key)] AS keys
SET n.nameKeys = CASE WHEN size(keys) > 0 THEN keys END
SET n:$(row.label)
WITH n, row
CALL (n, row) {
  MATCH (n)-[:HAS_VERSION]->(old:Version)
  WHERE NOT old.id IN [v IN row.versions | v.id]
  DETACH DELETE old
}
WITH n, row
UNWIND row.versions AS version
MERGE (v:Version {id: version.id})
SET v = version.props
MERGE (n)-[:HAS_VERSION]->(v)
