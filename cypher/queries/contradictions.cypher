// Question: which statements deny events that the graph records, and who defended or qualified them?
// A response is a statement that defends (stance 'defends') or qualifies ('hedges') the denial,
// each with its speaker kind ('report' for the report's own narrative: "the report says").
// Parameters: $person (id or null): only this speaker's statements;
//             $speakerKind (string or null: person, group, organization, report): only responses by this kind of speaker
// Example: :param person => 'person:jeff-sessions'  :param speakerKind => null
MATCH (speaker:Entity)-[:MADE]->(s:Statement)-[a:ABOUT {stance: 'denies'}]->(fact:Event)
WHERE $person IS NULL OR speaker.id = $person
WITH speaker, s, fact, a
ORDER BY fact.dateSortKey, fact.id
WITH speaker, s, collect({fact: fact {.*, labels: labels(fact)}, about: a {.*}}) AS denied
RETURN s {.*, labels: labels(s)} AS statement,
       speaker {.*, labels: labels(speaker)} AS speaker,
       denied,
       COLLECT {
         MATCH (r:Statement)-[x:ABOUT]->(s)
         WHERE x.stance IN ['defends', 'hedges'] AND ($speakerKind IS NULL OR r.speakerKind = $speakerKind)
         WITH r, x ORDER BY CASE x.stance WHEN 'defends' THEN 0 ELSE 1 END, r.saidAtSortKey, r.id
         RETURN {statement: r {.*, labels: labels(r)}, about: x {.*}}
       } AS responses
ORDER BY s.saidAtSortKey, s.id
LIMIT 100
