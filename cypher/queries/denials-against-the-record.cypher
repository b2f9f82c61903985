// Question: what did a person deny, what does the graph record against the denial, and who defended it?
// Parameters: $name (string): the speaker's name, e.g. :param name => 'Jeff Sessions'
// Example: :param name => 'Jeff Sessions'  gives the hearing answer beside the two meetings with Kislyak.
MATCH (speaker:Person {name: $name})-[:MADE]->(denial:Statement)-[about:ABOUT {stance: 'denies'}]->(fact:Event)
RETURN denial.text AS denial,
       denial.saidAt AS said,
       fact.name AS recorded,
       fact.date AS when,
       about.inferred AS linkInferred,
       [(fact)-[:EVIDENCED_BY]->(e:Evidence) | e.quote] AS recordEvidence,
       [(d:Statement)-[:ABOUT {stance: 'defends'}]->(denial) | d.text] AS defences
ORDER BY fact.dateSortKey, fact.id
LIMIT 100
