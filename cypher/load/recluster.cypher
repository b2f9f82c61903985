// Gives every event of the given events' same-as clusters its cluster id: the smallest event id
// in the cluster, so that the id does not depend on which dataset was seeded first.
// Parameters: $ids (list of event ids)
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (e)-[:SAME_AS*0..10]-(m:Event)
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m) AS members
}
WITH members, members[0].id AS cluster
FOREACH (m IN members | SET m.cluster = cluster)
RETURN DISTINCT cluster
