// Question: who speaks for a person, when, and in which statements (with their words)?
// Parameters: $name (string): the principal's name, e.g. :param name => 'Jeff Sessions'
// Example: :param name => 'Jeff Sessions'  gives Sarah Isgur Flores, 1 March 2017 ("Wednesday evening", inferred).
MATCH (spokesperson:Person)-[r:SPOKE_FOR]->(:Person {name: $name})
RETURN spokesperson.name AS spokesperson,
       r.date AS date,
       r.dateText AS asReported,
       r.dateInferredFrom AS inferredFrom,
       r.statementIds AS statements,
       r.evidenceQuotes AS evidence
LIMIT 100
