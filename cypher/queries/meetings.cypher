// Question: which meetings took place, with whom, between which days? (in time order, a page at a time)
// A from/to window selects by $dates: 'within' (the default) only meetings whose whole date
// range lies inside it, so a 2016 window never gives what may have taken place in 2017, and a
// meeting open at its start ('../2017-03-02') is never certainly after a $from; 'overlaps' every
// meeting whose range may overlap it (a July 2016 meeting overlaps 2016-07-15), each one not
// certainly within marked dateMatch 'partial'. dateMatch is null without a window.
// Sorted by dateSortKey (see src/domain/dates.ts: a month by its middle, an interval open at its
// start by its end, before that day's events), then id.
// Parameters: $participant, $with (ids or null): people who took part;
//             $from, $to (YYYY-MM-DD strings or null); $dates ('within' or 'overlaps');
//             $afterKey, $afterId (the cursor, or null); $limit (integer): page size plus one;
//             $claims ('include', 'exclude' or 'only'): meetings known only from a statement
//             (claimedBy) are claims; 'include' (the API's default) keeps them, and each node
//             carries claimedBy and count to mark them
// Example: :param participant => 'person:jeff-sessions'  :param with => null  :param from => '2016-01-01'  :param to => '2016-12-31'  :param dates => 'within'  :param claims => 'include'  :param afterKey => null  :param afterId => null  :param limit => 21
MATCH (m:Event {kind: 'meeting'})
WHERE ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(m) })
  AND ($with IS NULL OR EXISTS { (:Entity {id: $with})-[:PARTICIPATED_IN]->(m) })
  AND CASE $claims WHEN 'exclude' THEN m.claimedBy IS NULL
                   WHEN 'only' THEN m.claimedBy IS NOT NULL
                   ELSE true END
WITH m, ($from IS NULL OR m.dateStart >= date($from)) AND ($to IS NULL OR m.dateEnd <= date($to)) AS within
WHERE coalesce(within, false)
   OR ($dates = 'overlaps' AND ($from IS NULL OR m.dateEnd IS NULL OR m.dateEnd >= date($from))
                           AND ($to IS NULL OR m.dateStart IS NULL OR m.dateStart <= date($to)))
WITH m, coalesce(m.dateSortKey, '') AS key,
     CASE WHEN $from IS NULL AND $to IS NULL THEN null WHEN coalesce(within, false) THEN 'within' ELSE 'partial' END AS dateMatch
ORDER BY key, m.id
WITH collect({key: key, node: m {.*, labels: labels(m)}, dateMatch: dateMatch}) AS matching
RETURN size(matching) AS total,
       [x IN matching WHERE $afterKey IS NULL OR x.key > $afterKey OR (x.key = $afterKey AND x.node.id > $afterId)][0..$limit] AS page
