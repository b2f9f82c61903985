// Question: what did this person (or group, organization) take part in or say, in time order?
// Dated items sort by the middle of their range, so "July 2016" sorts as the month it is, not as 1 July.
// An event known only from a statement (claimedBy) is a claim: 'include' keeps it (marked by its
// claimedBy and count), 'exclude' leaves it out, 'only' gives nothing else.
// Parameters: $entity (id); $from, $to (YYYY-MM-DD strings or null): only items whose range overlaps;
//             $claims ('include', 'exclude' or 'only')
// Example: :param entity => 'person:jeff-sessions'  :param from => null  :param to => null  :param claims => 'include'
MATCH (x:Entity {id: $entity})
CALL (x) {
  MATCH (x)-[p:PARTICIPATED_IN]->(e:Event)
  RETURN e AS item, p.role AS role, e.dateStart AS start, e.dateEnd AS end
  UNION
  MATCH (x)-[:MADE]->(s:Statement)
  RETURN s AS item, 'speaker' AS role, s.saidAtStart AS start, s.saidAtEnd AS end
}
WITH item, role, start, end
WHERE (start IS NOT NULL OR end IS NOT NULL)
  AND ($from IS NULL OR end IS NULL OR end >= date($from))
  AND ($to IS NULL OR start IS NULL OR start <= date($to))
  AND CASE $claims WHEN 'exclude' THEN item.claimedBy IS NULL
                   WHEN 'only' THEN item.claimedBy IS NOT NULL
                   ELSE true END
// Several reports' versions of one meeting (a same-as cluster) are ONE entry: its leading
// version, by the rule of src/domain/clusters.ts (recorded, then the finer date, then the id).
WITH coalesce(item.cluster, item.id) AS key, item, role, start, end
ORDER BY key, CASE WHEN item.claimedBy IS NULL THEN 0 ELSE 1 END,
  CASE item.datePrecision WHEN 'minute' THEN 0 WHEN 'day' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 4 END,
  item.id
WITH key, collect({item: item, role: role, start: start, end: end})[0] AS lead
WITH lead.item AS item, lead.role AS role, lead.start AS start, lead.end AS end
WITH item, role, start, end,
     CASE WHEN start IS NULL THEN end WHEN end IS NULL THEN start
          ELSE start + duration({days: duration.inDays(start, end).days / 2}) END AS middle
RETURN item {.*, labels: labels(item)} AS node, role
ORDER BY middle, start, end, item.id
LIMIT 1000
