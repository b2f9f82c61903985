// Question: what did a person deny, what does the graph record against the denial, and who defended
// or qualified it? The responses are every statement that defends or hedges the denial, each with
// its stance and its speaker (a person, or the report in its own voice), as the API's
// `contradictions` gives them: earliest first.
// Parameters: $name (string): the speaker's name, e.g. :param name => 'Jeff Sessions'
// Example: :param name => 'Jeff Sessions'  gives the hearing answer beside the two meetings with Kislyak.
MATCH (speaker:Person {name: $name})-[:MADE]->(denial:Statement)-[about:ABOUT {stance: 'denies'}]->(fact:Event)
// Sorted before the columns are named: `denial` is then the text.
WITH denial, about, fact
ORDER BY denial.saidAtSortKey, denial.id, fact.dateSortKey, fact.id
RETURN denial.text AS denial,
       denial.id AS denialId,
       denial.saidAt AS said,
       fact.id AS recordedId,
       fact.name AS recorded,
       fact.date AS when,
       fact.datePrecision AS precision,
       coalesce(about.inferred, false) AS linkInferred,
       about.inferredFrom AS linkInferredFrom,
       COLLECT { MATCH (fact)-[:EVIDENCED_BY]->(e:Evidence)
                 RETURN e {.quote, .start, .end, source: e.sourceId} ORDER BY e.start, e.end } AS recordEvidence,
       COLLECT { MATCH (who)-[:MADE]->(d:Statement)-[x:ABOUT]->(denial) WHERE x.stance IN ['defends', 'hedges']
                 WITH DISTINCT who, d, x ORDER BY d.saidAtSortKey, d.id
                 RETURN {stance: x.stance, speaker: coalesce(who.name, who.title), speakerId: who.id, text: d.text} } AS responses
LIMIT 100
