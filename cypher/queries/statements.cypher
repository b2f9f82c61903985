// Question: what was said, by whom, about what, with which stance, between which days? (in time order, a page at a time)
// A from/to window selects by $dates: 'within' (the default) only statements whose whole date
// range lies inside it; 'overlaps' every statement whose range may overlap it, each one not
// certainly within marked dateMatch 'partial' (null without a window).
// Sorted by saidAtSortKey (see src/domain/dates.ts), then id.
// Where it starts: the speaker's statements (an index seek on its id), else those made at $at
// (a seek), else those about $about (a seek), else those with $stance (the ABOUT stance index), else every statement. The branches
// not taken UNWIND nothing, so they cost nothing (a plain `WHERE $x IS NULL` would be applied
// only after their scan). Then every filter is checked, and the page is the next $limit after the
// cursor (Top: never more than a page is kept). How many match in all is counted only when asked
// ($total); that reads every match.
// Parameters: $speaker, $about (ids or null); $at (an event's id or null: what was said at it); $stance (string or null: asserts, denies, defends, hedges, demands);
//             $speakerKind (string or null: person, group, organization, report, the report's own narrative);
//             $from, $to (YYYY-MM-DD strings or null); $dates ('within' or 'overlaps');
//             $afterKey, $afterId (the cursor, or null); $limit (integer);
//             $total (boolean): also count every match (null total otherwise)
// Example: :param speaker => 'person:jeff-sessions'  :param about => null  :param at => null  :param stance => 'denies'  :param speakerKind => null  :param from => null  :param to => null  :param dates => 'within'  :param afterKey => null  :param afterId => null  :param limit => 21  :param total => true
CALL () {
  MATCH (:Entity {id: $speaker})-[:MADE]->(s:Statement)
  RETURN s
  UNION
  UNWIND CASE WHEN $speaker IS NULL AND $at IS NOT NULL THEN [$at] ELSE [] END AS at
  MATCH (s:Statement)-[:MADE_AT]->(:Event {id: at})
  RETURN s
  UNION
  UNWIND CASE WHEN $speaker IS NULL AND $at IS NULL AND $about IS NOT NULL THEN [$about] ELSE [] END AS about
  MATCH (s:Statement)-[:ABOUT]->(:Entity {id: about})
  RETURN s
  UNION
  UNWIND CASE WHEN $speaker IS NULL AND $at IS NULL AND $about IS NULL AND $stance IS NOT NULL THEN [$stance] ELSE [] END AS stance
  MATCH (s:Statement)-[:ABOUT {stance: stance}]->()
  RETURN s
  UNION
  UNWIND CASE WHEN $speaker IS NULL AND $at IS NULL AND $about IS NULL AND $stance IS NULL THEN [true] ELSE [] END AS everything
  MATCH (s:Statement)
  RETURN s
}
WITH s
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
WITH s, key, dateMatch, ($afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND s.id > $afterId)) AS after
WHERE $total OR after
WITH s, key, dateMatch, after
ORDER BY key, s.id
LIMIT CASE WHEN $total THEN 9223372036854775807 ELSE $limit END
WITH count(*) AS total, collect(CASE WHEN after THEN {key: key, s: s, dateMatch: dateMatch} END)[0..$limit] AS page
RETURN CASE WHEN $total THEN total END AS total,
       COLLECT {
         UNWIND page AS x
         WITH x.s AS s, x.key AS key, x.dateMatch AS dateMatch
         RETURN {key: key, node: s {.*, labels: labels(s)}, dateMatch: dateMatch}
       } AS page
