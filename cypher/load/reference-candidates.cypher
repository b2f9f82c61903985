// For an unknown reference: ids the graph has that begin as it does, to suggest the nearest.
// Each beginning ($starts: the id's kind, e.g. 'statement:', and its kind with the first
// letters of its name, e.g. 'statement:ses') is a range-index seek on Entity.id that returns at
// most $limit ids in id order: a near id beyond that bound, whose first letters differ from
// the unknown id's, is not suggested.
// Parameters: $starts (list of strings), $limit (integer),
//   e.g. :param starts => ['statement:', 'statement:ses']; :param limit => 2000
UNWIND $starts AS start
CALL (start) {
  MATCH (n:Entity)
  WHERE n.id STARTS WITH start
  RETURN n.id AS id, coalesce(n.datasets, []) AS datasets
  ORDER BY id
  LIMIT $limit
}
RETURN id, datasets
