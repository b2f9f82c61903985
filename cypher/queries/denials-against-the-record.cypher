// Question: what did a person deny, what does the graph record against the denial, and who defended or qualified it?
// Defences are statements that defend the denial, qualifications those that hedge it; each says its
// speaker and speaker kind ('report': the report's own narrative, "the report says", not a quoted speaker).
// Parameters: $name (string): the speaker's name; $speakerKind (string or null: person, group, organization, report): only responses by this kind of speaker
// Example: :param name => 'Jeff Sessions'  :param speakerKind => null  gives the hearing answer beside the two meetings with Kislyak.
MATCH (speaker:Person {name: $name})-[:MADE]->(denial:Statement)-[about:ABOUT {stance: 'denies'}]->(fact:Event)
RETURN denial.text AS denial,
       denial.saidAt AS said,
       fact.name AS recorded,
       fact.date AS when,
       about.inferred AS linkInferred,
       [(fact)-[:EVIDENCED_BY]->(e:Evidence) | e.quote] AS recordEvidence,
       COLLECT {
         MATCH (by:Entity)-[:MADE]->(d:Statement)-[x:ABOUT {stance: 'defends'}]->(denial)
         WHERE $speakerKind IS NULL OR d.speakerKind = $speakerKind
         WITH by, d, x ORDER BY d.saidAtSortKey, d.id
         RETURN {speaker: coalesce(by.name, by.title), speakerKind: d.speakerKind, text: d.text, inferred: x.inferred}
       } AS defences,
       COLLECT {
         MATCH (by:Entity)-[:MADE]->(d:Statement)-[x:ABOUT {stance: 'hedges'}]->(denial)
         WHERE $speakerKind IS NULL OR d.speakerKind = $speakerKind
         WITH by, d, x ORDER BY d.saidAtSortKey, d.id
         RETURN {speaker: coalesce(by.name, by.title), speakerKind: d.speakerKind, text: d.text, inferred: x.inferred}
       } AS qualifications
ORDER BY fact.dateSortKey, fact.id
LIMIT 100
