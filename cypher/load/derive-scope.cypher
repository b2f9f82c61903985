// Before a seed writes: the same-as clusters its events belong to now (with their members), so
// that their MET_WITH can be derived again afterwards from what all datasets say.
// Parameters: $ids (list of event ids: the dataset's events, now and after the seed)
UNWIND $ids AS id
MATCH (e:Event {id: id})
WITH DISTINCT coalesce(e.cluster, e.id) AS cluster
OPTIONAL MATCH (m:Event {cluster: cluster})
RETURN cluster, collect(m.id) AS members
