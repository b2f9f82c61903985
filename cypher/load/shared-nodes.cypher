// Of the given ids, the nodes that another dataset defines too, with every stored version: the
// loader merges them again in TypeScript (src/loader/merge.ts). A node one dataset alone defines
// has no (:Version) node: the node itself is that dataset's version.
// Parameters: $dataset (string), $ids (list of node ids)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE any(d IN n.datasets WHERE d <> $dataset)
OPTIONAL MATCH (n)-[:HAS_VERSION]->(v:Version)
RETURN id, labels(n) AS labels, n.datasets AS datasets, properties(n) AS node,
  collect(properties(v)) AS versions
