// For `seed --dry-run`: which of the dataset's nodes the graph holds already, which datasets hold
// each, and whether the seed would change any stored property (bounded by the ids given).
// A node only this dataset holds is replaced by the file's properties (see 2-upsert-nodes), so
// a stored property the file no longer has is a change too; a shared node is only merged into.
// Parameters: $dataset (string), $rows (list of {id, props}),
//   e.g. :param dataset => 'fixture-second'; :param rows => [{id: 'person:jeff-sessions', props: {id: 'person:jeff-sessions', name: 'Jeff Sessions'}}]
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WITH n, row, [d IN n.datasets WHERE d <> $dataset] AS others
RETURN row.id AS id, n.datasets AS datasets,
  any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
  OR (size(others) = 0 AND any(k IN keys(n) WHERE k <> 'datasets' AND NOT k IN keys(row.props)))
  AS changes
