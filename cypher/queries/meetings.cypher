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
// Where it starts: the events $participant took part in (an index seek on its id), else those
// $with took part in, else every meeting (the event_kind index); the branches not taken UNWIND
// nothing, so they cost nothing. Each event found stands for its cluster's leading version. Then
// every filter is checked, and the page is the next $limit after the cursor (Top: never more than
// a page is kept). How many match in all is counted only when asked ($total); that reads every match.
// Parameters: $participant, $with (ids or null): people who took part;
//             $from, $to (YYYY-MM-DD strings or null); $dates ('within' or 'overlaps');
//             $afterKey, $afterId (the cursor, or null); $limit (integer): page size plus one;
//             $total (boolean): also count every match (null total otherwise);
//             $claims ('include', 'exclude' or 'only'): meetings known only from a statement
//             (claimedBy) are claims; 'include' (the API's default) keeps them, and each node
//             carries claimedBy and count to mark them
// Example: :param participant => 'person:jeff-sessions'  :param with => null  :param from => '2016-01-01'  :param to => '2016-12-31'  :param dates => 'within'  :param claims => 'include'  :param afterKey => null  :param afterId => null  :param limit => 21  :param total => true
CALL () {
  MATCH (:Entity {id: $participant})-[:PARTICIPATED_IN]->(x:Event)
  RETURN x
  UNION
  UNWIND CASE WHEN $participant IS NULL AND $with IS NOT NULL THEN [$with] ELSE [] END AS other
  MATCH (:Entity {id: other})-[:PARTICIPATED_IN]->(x:Event)
  RETURN x
  UNION
  UNWIND CASE WHEN $participant IS NULL AND $with IS NULL THEN ['meeting'] ELSE [] END AS kind
  MATCH (x:Event {kind: kind})
  RETURN x
}
// What the event stands for: itself when alone (no SAME_AS), else its cluster's leading version.
CALL (x) {
  WITH x WHERE NOT EXISTS { (x)-[:SAME_AS]-(:Event) }
  RETURN x AS m, [x] AS members
  UNION
  WITH x WHERE EXISTS { (x)-[:SAME_AS]-(:Event) }
  WITH COLLECT {
    MATCH (o:Event {cluster: x.cluster})
    RETURN o ORDER BY CASE WHEN o.claimedBy IS NULL THEN 0 ELSE 1 END,
      CASE o.datePrecision WHEN 'minute' THEN 0 WHEN 'day' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 4 END,
      o.id
  } AS members
  RETURN members[0] AS m, members
}
WITH DISTINCT m, members
// A meeting, or a cluster led by one; the filters hold for any version.
WHERE m.kind = 'meeting'
  AND ($participant IS NULL OR any(x IN members WHERE EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(x) }))
  AND ($with IS NULL OR any(x IN members WHERE EXISTS { (:Entity {id: $with})-[:PARTICIPATED_IN]->(x) }))
WITH m,
     any(x IN members WHERE coalesce(($from IS NULL OR x.dateStart >= date($from)) AND ($to IS NULL OR x.dateEnd <= date($to)), false)) AS within,
     any(x IN members WHERE ($from IS NULL OR x.dateEnd IS NULL OR x.dateEnd >= date($from))
                        AND ($to IS NULL OR x.dateStart IS NULL OR x.dateStart <= date($to))) AS overlaps
WHERE (within OR ($dates = 'overlaps' AND overlaps))
  AND CASE $claims WHEN 'exclude' THEN m.claimedBy IS NULL
                   WHEN 'only' THEN m.claimedBy IS NOT NULL
                   ELSE true END
WITH m, coalesce(m.dateSortKey, '') AS key,
     CASE WHEN $from IS NULL AND $to IS NULL THEN null WHEN within THEN 'within' ELSE 'partial' END AS dateMatch
WITH m, key, dateMatch, ($afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND m.id > $afterId)) AS after
WHERE $total OR after
WITH m, key, dateMatch, after
ORDER BY key, m.id
LIMIT CASE WHEN $total THEN 9223372036854775807 ELSE $limit END
WITH count(*) AS total, collect(CASE WHEN after THEN {key: key, m: m, dateMatch: dateMatch} END)[0..$limit] AS page
RETURN CASE WHEN $total THEN total END AS total,
       COLLECT {
         UNWIND page AS x
         WITH x.m AS m, x.key AS key, x.dateMatch AS dateMatch
         RETURN {key: key, node: m {.*, labels: labels(m)}, dateMatch: dateMatch}
       } AS page
