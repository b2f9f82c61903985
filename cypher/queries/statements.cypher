// Question: what was said, by whom, about what, with which stance, between which days? (a page at a time)
// Parameters: $speaker, $about (ids or null); $stance (string or null: asserts, denies, defends, hedges, demands);
//             $from, $to (YYYY-MM-DD strings or null); $afterKey, $afterId (the cursor, or null); $limit (integer)
// Example: :param speaker => 'person:jeff-sessions'  :param about => null  :param stance => 'denies'  :param from => null  :param to => null  :param afterKey => null  :param afterId => null  :param limit => 21
MATCH (s:Statement)
WHERE ($speaker IS NULL OR EXISTS { (:Entity {id: $speaker})-[:MADE]->(s) })
  AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(:Entity {id: $about}) })
  AND ($stance IS NULL OR EXISTS { (s)-[:ABOUT {stance: $stance}]->() })
  AND ($from IS NULL OR s.saidAtEnd IS NULL OR s.saidAtEnd >= date($from))
  AND ($to IS NULL OR s.saidAtStart IS NULL OR s.saidAtStart <= date($to))
WITH s, s.saidAtStart AS start, s.saidAtEnd AS end
// Sorted by the middle of the date range (an open range by its known side), as the timeline is.
WITH s, start, end, CASE WHEN start IS NULL THEN end WHEN end IS NULL THEN start
                 ELSE start + duration({days: duration.inDays(start, end).days / 2}) END AS middle
WITH s, coalesce(toString(middle), '') + '/' + coalesce(toString(start), '') + '/' + coalesce(toString(end), '') AS key
ORDER BY key, s.id
WITH collect({key: key, node: s {.*, labels: labels(s)}}) AS matching
RETURN size(matching) AS total,
       [x IN matching WHERE $afterKey IS NULL OR x.key > $afterKey OR (x.key = $afterKey AND x.node.id > $afterId)][0..$limit] AS page
