// Question: what did a person deny, what does the graph record against the denial, and who defended or qualified it?
// Defences are statements that defend the denial, qualifications those that hedge it (the API's
// `contradictions` gives them in this order as `responses`), earliest first; each says its stance,
// its speaker and speaker kind ('report': the report's own narrative, "the report says", not a
// quoted speaker) and whether the link is inferred.
// Parameters: $name (string): the speaker's name; $speakerKind (string or null: person, group, organization, report): only responses by this kind of speaker
// Example: :param name => 'Jeff Sessions'  :param speakerKind => null  gives the hearing answer beside the two meetings with Kislyak.
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
       COLLECT {
         MATCH (by:Entity)-[:MADE]->(d:Statement)-[x:ABOUT {stance: 'defends'}]->(denial)
         WHERE $speakerKind IS NULL OR d.speakerKind = $speakerKind
         WITH DISTINCT by, d, x ORDER BY d.saidAtSortKey, d.id
         RETURN {stance: x.stance, speaker: coalesce(by.name, by.title), speakerId: by.id,
                 speakerKind: d.speakerKind, text: d.text, inferred: coalesce(x.inferred, false)}
       } AS defences,
       COLLECT {
         MATCH (by:Entity)-[:MADE]->(d:Statement)-[x:ABOUT {stance: 'hedges'}]->(denial)
         WHERE $speakerKind IS NULL OR d.speakerKind = $speakerKind
         WITH DISTINCT by, d, x ORDER BY d.saidAtSortKey, d.id
         RETURN {stance: x.stance, speaker: coalesce(by.name, by.title), speakerId: by.id,
                 speakerKind: d.speakerKind, text: d.text, inferred: coalesce(x.inferred, false)}
       } AS qualifications
LIMIT 100
