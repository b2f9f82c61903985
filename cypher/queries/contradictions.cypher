// Question: which statements deny events that the graph records, and who defended or qualified them?
// Two guarded branches, so that a given speaker starts from an index seek on its id (never a scan
// of every Event or Statement); without one, the denials are found by the ABOUT stance index.
// The second branch's guard is an UNWIND of nothing when a speaker is given: the planner would
// apply a plain `WHERE $person IS NULL` only after the seek, reading every denial for nothing.
// A response is a statement that defends (stance 'defends') or qualifies ('hedges') the denial,
// each with its speaker kind ('report' for the report's own narrative: "the report says").
// Parameters: $person (id or null): only this speaker's statements;
//             $speakerKind (string or null: person, group, organization, report): only responses by this kind of speaker
// Example: :param person => 'person:jeff-sessions'  :param speakerKind => null
CALL () {
  MATCH (speaker:Entity {id: $person})-[:MADE]->(s:Statement)-[a:ABOUT {stance: 'denies'}]->(fact:Event)
  RETURN speaker, s, a, fact
  UNION
  UNWIND CASE WHEN $person IS NULL THEN ['denies'] ELSE [] END AS stance
  MATCH (s:Statement)-[a:ABOUT {stance: stance}]->(fact:Event)
  MATCH (speaker:Entity)-[:MADE]->(s)
  RETURN speaker, s, a, fact
}
WITH speaker, s, fact, a
ORDER BY fact.dateSortKey, fact.id
// The denials' nodes, not yet their properties: only the 100 statements kept are projected.
WITH speaker, s, collect({fact: fact, about: a}) AS denied
ORDER BY s.saidAtSortKey, s.id
LIMIT 100
RETURN s {.*, labels: labels(s)} AS statement,
       speaker {.*, labels: labels(speaker)} AS speaker,
       COLLECT {
         UNWIND denied AS d
         WITH d.fact AS fact, d.about AS a
         RETURN {fact: fact {.*, labels: labels(fact)}, about: a {.*}}
       } AS denied,
       COLLECT {
         MATCH (r:Statement)-[x:ABOUT]->(s)
         WHERE x.stance IN ['defends', 'hedges'] AND ($speakerKind IS NULL OR r.speakerKind = $speakerKind)
         WITH r, x ORDER BY CASE x.stance WHEN 'defends' THEN 0 ELSE 1 END, r.saidAtSortKey, r.id
         RETURN {statement: r {.*, labels: labels(r)}, about: x {.*}}
       } AS responses
ORDER BY s.saidAtSortKey, s.id
