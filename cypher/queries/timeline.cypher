// Question: what did this person (or group, organization) take part in or say, in time order?
// Given an event, its own timeline: its parts (events PART_OF it, up to 5 levels, role 'part'),
// what was said at it or at its parts (role 'said-at'), and the recusals those statements
// announced (node: the matter; recusal: the RECUSED_FROM's properties and the person).
// Sorted by the date's sort key (dateSortKey, saidAtSortKey: see src/domain/dates.ts), then id:
// "July 2016" sorts as the month it is (its middle), not as 1 July; an interval open at its start
// ('../2017-03-02', meetings "concluded today") sorts by its end, before that day's events.
// A from/to window selects by $dates: 'within' (the default) only entries whose whole date range
// lies inside it, so a 2016 window never gives the meetings that ended on 2 March 2017, whose
// start is unknown; 'overlaps' every entry whose range may overlap it, each one not certainly
// within marked dateMatch 'partial' (null without a window).
// An event known only from a statement (claimedBy) is a claim: 'include' keeps it (marked by its
// claimedBy and count), 'exclude' leaves it out, 'only' gives nothing else.
// Parameters: $entity (id); $from, $to (YYYY-MM-DD strings or null); $dates ('within' or 'overlaps');
//             $claims ('include', 'exclude' or 'only')
// Example: :param entity => 'person:jeff-sessions'  :param from => '2016-01-01'  :param to => '2016-12-31'  :param dates => 'within'  :param claims => 'include'
MATCH (x:Entity {id: $entity})
CALL (x) {
  MATCH (x)-[p:PARTICIPATED_IN]->(e:Event)
  RETURN e AS item, p.role AS role, e.dateStart AS start, e.dateEnd AS end, e.dateSortKey AS key, null AS recusal
  UNION
  MATCH (x)-[:MADE]->(s:Statement)
  RETURN s AS item, 'speaker' AS role, s.saidAtStart AS start, s.saidAtEnd AS end, s.saidAtSortKey AS key, null AS recusal
  UNION
  MATCH (part:Event)-[:PART_OF*1..5]->(x:Event)
  RETURN part AS item, 'part' AS role, part.dateStart AS start, part.dateEnd AS end, part.dateSortKey AS key, null AS recusal
  UNION
  MATCH (s:Statement)-[:MADE_AT]->(at:Event)
  WHERE at = x OR EXISTS { (at)-[:PART_OF*1..5]->(x:Event) }
  RETURN s AS item, 'said-at' AS role, s.saidAtStart AS start, s.saidAtEnd AS end, s.saidAtSortKey AS key, null AS recusal
  UNION
  MATCH (s:Statement)-[:MADE_AT]->(at:Event)
  WHERE at = x OR EXISTS { (at)-[:PART_OF*1..5]->(x:Event) }
  MATCH (p:Person)-[r:RECUSED_FROM {statementId: s.id}]->(m:Matter)
  RETURN m AS item, 'recusal' AS role, r.announcedAtStart AS start, r.announcedAtEnd AS end, r.announcedAtSortKey AS key,
         {person: p {.*, labels: labels(p)}, rel: r {.*}} AS recusal
}
WITH item, role, start, end, key, recusal
WHERE (start IS NOT NULL OR end IS NOT NULL)
  AND CASE $claims WHEN 'exclude' THEN item.claimedBy IS NULL
                   WHEN 'only' THEN item.claimedBy IS NOT NULL
                   ELSE true END
WITH item, role, key, recusal,
     coalesce(($from IS NULL OR start >= date($from)) AND ($to IS NULL OR end <= date($to)), false) AS within,
     ($from IS NULL OR end IS NULL OR end >= date($from)) AND ($to IS NULL OR start IS NULL OR start <= date($to)) AS overlaps
WHERE within OR ($dates = 'overlaps' AND overlaps)
// Several reports' versions of one meeting (a same-as cluster) are ONE entry: its leading
// version, by the rule of src/domain/clusters.ts (recorded, then the finer date, then the id).
WITH coalesce(recusal.rel.recusalId, item.cluster, item.id) AS cluster, item, role, key, within, recusal
ORDER BY cluster, CASE WHEN item.claimedBy IS NULL THEN 0 ELSE 1 END,
  CASE item.datePrecision WHEN 'minute' THEN 0 WHEN 'day' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 4 END,
  item.id
WITH cluster, collect({item: item, role: role, key: key, within: within, recusal: recusal})[0] AS lead
WITH lead.item AS item, lead.role AS role, lead.key AS key, lead.within AS within, lead.recusal AS recusal
RETURN item {.*, labels: labels(item)} AS node, role, recusal,
       CASE WHEN $from IS NULL AND $to IS NULL THEN null WHEN within THEN 'within' ELSE 'partial' END AS dateMatch
ORDER BY key, item.id, role
LIMIT 1000
