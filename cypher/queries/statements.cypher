// Question: what was said, by whom, about what, with which stance, between which days? (in time order, a page at a time)
// A from/to window selects by $dates: 'within' (the default) only statements whose whole date
// range lies inside it; 'overlaps' every statement whose range may overlap it, each one not
// certainly within marked dateMatch 'partial' (null without a window).
// Sorted by saidAtSortKey (see src/domain/dates.ts), then id.
// Parameters: $speaker, $about (ids or null); $at (an event's id or null: what was said at it); $stance (string or null: asserts, denies, defends, hedges, demands);
//             $speakerKind (string or null: person, group, organization, report, the report's own narrative);
//             $from, $to (YYYY-MM-DD strings or null); $dates ('within' or 'overlaps');
//             $afterKey, $afterId (the cursor, or null); $limit (integer)
// Example: :param speaker => 'person:jeff-sessions'  :param about => null  :param at => null  :param stance => 'denies'  :param speakerKind => null  :param from => null  :param to => null  :param dates => 'within'  :param afterKey => null  :param afterId => null  :param limit => 21
MATCH (s:Statement)
WHERE ($speaker IS NULL OR EXISTS { (:Entity {id: $speaker})-[:MADE]->(s) })
  AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(:Entity {id: $about}) })
  AND ($at IS NULL OR EXISTS { (s)-[:MADE_AT]->(:Event {id: $at}) })
  AND ($stance IS NULL OR EXISTS { (s)-[:ABOUT {stance: $stance}]->() })
  AND ($speakerKind IS NULL OR s.speakerKind = $speakerKind)
WITH s, ($from IS NULL OR s.saidAtStart >= date($from)) AND ($to IS NULL OR s.saidAtEnd <= date($to)) AS within
WHERE coalesce(within, false)
   OR ($dates = 'overlaps' AND ($from IS NULL OR s.saidAtEnd IS NULL OR s.saidAtEnd >= date($from))
                           AND ($to IS NULL OR s.saidAtStart IS NULL OR s.saidAtStart <= date($to)))
WITH s, coalesce(s.saidAtSortKey, '') AS key,
     CASE WHEN $from IS NULL AND $to IS NULL THEN null WHEN coalesce(within, false) THEN 'within' ELSE 'partial' END AS dateMatch
ORDER BY key, s.id
WITH collect({key: key, node: s {.*, labels: labels(s)}, dateMatch: dateMatch}) AS matching
RETURN size(matching) AS total,
       [x IN matching WHERE $afterKey IS NULL OR x.key > $afterKey OR (x.key = $afterKey AND x.node.id > $afterId)][0..$limit] AS page
