// Deletes the derived MET_WITH of the given clusters (found from their members' people, never
// by scanning every MET_WITH); the loader derives them again.
// Parameters: $members (list of event ids), $clusters (list of cluster ids)
UNWIND $members AS id
MATCH (:Event {id: id})<-[:PARTICIPATED_IN]-(:Person)-[r:MET_WITH]->(:Person)
WHERE r.meetingId IN $clusters
WITH DISTINCT r
DELETE r
