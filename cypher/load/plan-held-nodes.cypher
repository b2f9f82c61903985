// For `seed --dry-run`: which of the dataset's nodes the graph holds already, which datasets
// define each, and whether the seed would change this dataset's stored version of it (its
// (:Version) node where several datasets define it, else the node). A node the dataset does not
// define yet changes: its version is added. Bookkeeping properties are not the dataset's values.
// Parameters: $dataset (string), $rows (list of {id, props}),
//   e.g. :param dataset => 'fixture-second'; :param rows => [{id: 'person:jeff-sessions', props: {id: 'person:jeff-sessions', name: 'Jeff Sessions'}}]
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
OPTIONAL MATCH (n)-[:HAS_VERSION]->(v:Version {dataset: $dataset})
WITH n, row, coalesce(v, n) AS mine,
  ['id', 'datasets', 'preferredDataset', 'of', 'dataset', 'preferred', 'cluster', 'nameKeys'] AS bookkeeping
RETURN row.id AS id, n.datasets AS datasets, labels(n) AS labels,
  NOT $dataset IN n.datasets
  OR any(k IN keys(row.props) WHERE NOT k IN bookkeeping AND (mine[k] IS NULL OR mine[k] <> row.props[k]))
  OR any(k IN keys(mine) WHERE NOT k IN bookkeeping AND NOT k IN keys(row.props))
  AS changes
