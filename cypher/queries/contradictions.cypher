// Question: which statements deny events that the graph records, and who defended or qualified them?
// Parameters: $person (id or null): only this speaker's statements
// Example: :param person => 'person:jeff-sessions'
MATCH (speaker:Entity)-[:MADE]->(s:Statement)-[a:ABOUT {stance: 'denies'}]->(fact:Event)
WHERE $person IS NULL OR speaker.id = $person
WITH speaker, s, fact, a
ORDER BY fact.dateSortKey, fact.id
WITH speaker, s, collect({fact: fact {.*, labels: labels(fact)}, about: a {.*}}) AS denied
RETURN s {.*, labels: labels(s)} AS statement,
       speaker {.*, labels: labels(speaker)} AS speaker,
       denied,
       COLLECT {
         MATCH (r:Statement)-[x:ABOUT]->(s) WHERE x.stance IN ['defends', 'hedges']
         WITH DISTINCT r ORDER BY r.saidAtSortKey, r.id
         RETURN r {.*, labels: labels(r)}
       } AS responses
ORDER BY s.saidAtSortKey, s.id
LIMIT 100
