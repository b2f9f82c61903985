// Question: who speaks for a person, when, and in which statements (with their words)?
// The date carries every mark the API gives (value, precision, range, the report's words,
// approximate, inferred and from what); the evidence each quote with its offsets and source.
// Parameters: $name (string): the principal's name, e.g. :param name => 'Jeff Sessions'
// Example: :param name => 'Jeff Sessions'  gives Sarah Isgur Flores, 1 March 2017 ("Wednesday evening", inferred).
MATCH (spokesperson:Person)-[r:SPOKE_FOR]->(:Person {name: $name})
RETURN spokesperson.name AS spokesperson,
       spokesperson.id AS spokespersonId,
       r.date AS date,
       r.datePrecision AS precision,
       r.dateStart AS start,
       r.dateEnd AS end,
       r.dateText AS asReported,
       coalesce(r.dateApproximate, false) AS approximate,
       coalesce(r.dateInferred, false) AS inferred,
       r.dateInferredFrom AS inferredFrom,
       r.statementIds AS statements,
       COLLECT { MATCH (s:Statement) WHERE s.id IN coalesce(r.statementIds, [])
                 RETURN s.text ORDER BY s.saidAtSortKey, s.id } AS said,
       [i IN range(0, size(coalesce(r.evidenceQuotes, [])) - 1) |
         {quote: r.evidenceQuotes[i], start: r.evidenceStarts[i], end: r.evidenceEnds[i],
          source: r.evidenceSourceIds[i]}] AS evidence
ORDER BY spokesperson.id
LIMIT 100
