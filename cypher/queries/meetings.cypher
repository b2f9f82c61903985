// Question: which meetings took place, with whom, between which days? (in time order, a page at a time)
// A from/to window selects by $dates: 'within' (the default) only meetings whose whole date
// range lies inside it, so a 2016 window never gives what may have taken place in 2017, and a
// meeting open at its start ('../2017-03-02') is never certainly after a $from; 'overlaps' every
// meeting whose range may overlap it (a July 2016 meeting overlaps 2016-07-15), each one not
// certainly within marked dateMatch 'partial'. dateMatch is null without a window.
// A same-as cluster (events of several reports that are one real meeting, docs/model.md) is listed
// ONCE, by its leading version: a recorded event before one known only from a claim (claimedBy),
// then the finer date, then the smaller id (src/domain/clusters.ts; MET_WITH takes its name and date from the same
// version). It matches when any version matches: a participant of any version, a date of any
// version in the window (certainly within when one version is); it is a claim only when its
// leading version is (when every version is).
// Sorted by dateSortKey (see src/domain/dates.ts: a month by its middle, an interval open at its
// start by its end, before that day's events), then id.
// Parameters: $participant, $with (ids or null): people who took part;
//             $from, $to (YYYY-MM-DD strings or null); $dates ('within' or 'overlaps');
//             $afterKey, $afterId (the cursor, or null); $limit (integer): page size plus one;
//             $claims ('include', 'exclude' or 'only'): meetings known only from a statement
//             (claimedBy) are claims; 'include' (the API's default) keeps them, and each node
//             carries claimedBy and count to mark them
// Example: :param participant => 'person:jeff-sessions'  :param with => null  :param from => '2016-01-01'  :param to => '2016-12-31'  :param dates => 'within'  :param claims => 'include'  :param afterKey => null  :param afterId => null  :param limit => 21
CALL () {
  // A meeting alone (no SAME_AS): the plain filters, as fast as they ever were.
  MATCH (m:Event {kind: 'meeting'})
  WHERE NOT EXISTS { (m)-[:SAME_AS]-(:Event) }
    AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(m) })
    AND ($with IS NULL OR EXISTS { (:Entity {id: $with})-[:PARTICIPATED_IN]->(m) })
  RETURN m,
         coalesce(($from IS NULL OR m.dateStart >= date($from)) AND ($to IS NULL OR m.dateEnd <= date($to)), false) AS within,
         ($from IS NULL OR m.dateEnd IS NULL OR m.dateEnd >= date($from))
           AND ($to IS NULL OR m.dateStart IS NULL OR m.dateStart <= date($to)) AS overlaps
  UNION
  // A version of a cluster: listed only if it leads its cluster; the filters hold for any version.
  MATCH (m:Event {kind: 'meeting'})-[:SAME_AS]-(:Event)
  WITH DISTINCT m
  WITH m, COLLECT {
    MATCH (o:Event {cluster: m.cluster})
    RETURN o ORDER BY CASE WHEN o.claimedBy IS NULL THEN 0 ELSE 1 END,
      CASE o.datePrecision WHEN 'minute' THEN 0 WHEN 'day' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 4 END,
      o.id
  } AS members
  WHERE members[0] = m
    AND ($participant IS NULL OR any(x IN members WHERE EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(x) }))
    AND ($with IS NULL OR any(x IN members WHERE EXISTS { (:Entity {id: $with})-[:PARTICIPATED_IN]->(x) }))
  RETURN m,
         any(x IN members WHERE coalesce(($from IS NULL OR x.dateStart >= date($from)) AND ($to IS NULL OR x.dateEnd <= date($to)), false)) AS within,
         any(x IN members WHERE ($from IS NULL OR x.dateEnd IS NULL OR x.dateEnd >= date($from))
                            AND ($to IS NULL OR x.dateStart IS NULL OR x.dateStart <= date($to))) AS overlaps
}
WITH m, within, overlaps
WHERE (within OR ($dates = 'overlaps' AND overlaps))
  AND CASE $claims WHEN 'exclude' THEN m.claimedBy IS NULL
                   WHEN 'only' THEN m.claimedBy IS NOT NULL
                   ELSE true END
WITH m, coalesce(m.dateSortKey, '') AS key,
     CASE WHEN $from IS NULL AND $to IS NULL THEN null WHEN within THEN 'within' ELSE 'partial' END AS dateMatch
ORDER BY key, m.id
WITH collect({key: key, node: m {.*, labels: labels(m)}, dateMatch: dateMatch}) AS matching
RETURN size(matching) AS total,
       [x IN matching WHERE $afterKey IS NULL OR x.key > $afterKey OR (x.key = $afterKey AND x.node.id > $afterId)][0..$limit] AS page
