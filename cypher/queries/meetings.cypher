// Question: which meetings took place, with whom, between which days? (earliest first, a page at a time)
// A month-precise meeting matches any day of its month: ranges overlap, never a fake 1st.
// A same-as cluster (events of several reports that are one real meeting, docs/model.md) is listed
// ONCE, by its leading version: a recorded event before one known only from a claim (claimedBy),
// then the smaller id (src/domain/clusters.ts; MET_WITH takes its name and date from the same
// version). It matches when any version matches: a participant of any version, a date of any
// version in range; it is a claim only when its leading version is (when every version is).
// Parameters: $participant, $with (ids or null): people who took part;
//             $from, $to (YYYY-MM-DD strings or null); $afterKey, $afterId (the cursor, or null);
//             $limit (integer): page size plus one;
//             $claims ('include', 'exclude' or 'only'): meetings known only from a statement
//             (claimedBy) are claims; 'include' (the API's default) keeps them, and each node
//             carries claimedBy and count to mark them
// Example: :param participant => 'person:jeff-sessions'  :param with => 'person:sergey-kislyak'  :param from => '2016-07-15'  :param to => null  :param claims => 'include'  :param afterKey => null  :param afterId => null  :param limit => 21
CALL () {
  // A meeting alone (no SAME_AS): the plain filters, as fast as they ever were.
  MATCH (m:Event {kind: 'meeting'})
  WHERE NOT EXISTS { (m)-[:SAME_AS]-(:Event) }
    AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(m) })
    AND ($with IS NULL OR EXISTS { (:Entity {id: $with})-[:PARTICIPATED_IN]->(m) })
    AND ($from IS NULL OR m.dateEnd IS NULL OR m.dateEnd >= date($from))
    AND ($to IS NULL OR m.dateStart IS NULL OR m.dateStart <= date($to))
  RETURN m
  UNION
  // A version of a cluster: listed only if it leads its cluster; the filters hold for any version.
  MATCH (m:Event {kind: 'meeting'})-[:SAME_AS]-(:Event)
  WITH DISTINCT m
  WITH m, COLLECT {
    MATCH (o:Event {cluster: m.cluster})
    RETURN o ORDER BY CASE WHEN o.claimedBy IS NULL THEN 0 ELSE 1 END, o.id
  } AS members
  WHERE members[0] = m
    AND ($participant IS NULL OR any(x IN members WHERE EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(x) }))
    AND ($with IS NULL OR any(x IN members WHERE EXISTS { (:Entity {id: $with})-[:PARTICIPATED_IN]->(x) }))
    AND any(x IN members WHERE ($from IS NULL OR x.dateEnd IS NULL OR x.dateEnd >= date($from))
                           AND ($to IS NULL OR x.dateStart IS NULL OR x.dateStart <= date($to)))
  RETURN m
}
WITH m
WHERE CASE $claims WHEN 'exclude' THEN m.claimedBy IS NULL
                   WHEN 'only' THEN m.claimedBy IS NOT NULL
                   ELSE true END
WITH m, m.dateStart AS start, m.dateEnd AS end
// Sorted by the middle of the date range (an open range by its known side), as the timeline is.
WITH m, start, end, CASE WHEN start IS NULL THEN end WHEN end IS NULL THEN start
                 ELSE start + duration({days: duration.inDays(start, end).days / 2}) END AS middle
WITH m, coalesce(toString(middle), '') + '/' + coalesce(toString(start), '') + '/' + coalesce(toString(end), '') AS key
ORDER BY key, m.id
WITH collect({key: key, node: m {.*, labels: labels(m)}}) AS matching
RETURN size(matching) AS total,
       [x IN matching WHERE $afterKey IS NULL OR x.key > $afterKey OR (x.key = $afterKey AND x.node.id > $afterId)][0..$limit] AS page
