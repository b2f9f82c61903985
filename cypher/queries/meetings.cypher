// Question: which meetings took place, with whom, between which days? (earliest first, a page at a time)
// A month-precise meeting matches any day of its month: ranges overlap, never a fake 1st.
// Parameters: $participant, $with (ids or null): people who took part;
//             $from, $to (YYYY-MM-DD strings or null); $afterKey, $afterId (the cursor, or null);
//             $limit (integer): page size plus one;
//             $claims ('include', 'exclude' or 'only'): meetings known only from a statement
//             (claimedBy) are claims; 'include' (the API's default) keeps them, and each node
//             carries claimedBy and count to mark them
// Example: :param participant => 'person:jeff-sessions'  :param with => 'person:sergey-kislyak'  :param from => '2016-07-15'  :param to => null  :param claims => 'include'  :param afterKey => null  :param afterId => null  :param limit => 21
MATCH (m:Event {kind: 'meeting'})
WHERE ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(m) })
  AND ($with IS NULL OR EXISTS { (:Entity {id: $with})-[:PARTICIPATED_IN]->(m) })
  AND ($from IS NULL OR m.dateEnd IS NULL OR m.dateEnd >= date($from))
  AND ($to IS NULL OR m.dateStart IS NULL OR m.dateStart <= date($to))
  AND CASE $claims WHEN 'exclude' THEN m.claimedBy IS NULL
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
