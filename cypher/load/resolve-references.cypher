// Before a seed writes: which of the ids that a run's datasets refer to, and that no file of
// the run defines, the graph has, with each node's labels and the datasets that define it.
// An id the graph does not have returns no row. Bounded by the ids given (an index seek each).
// Parameters: $ids (list of strings),
//   e.g. :param ids => ['statement:sessions-hearing-answer', 'event:meeting-sessions-kislyak-2016-07']
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, labels(n) AS labels, coalesce(n.datasets, []) AS datasets
