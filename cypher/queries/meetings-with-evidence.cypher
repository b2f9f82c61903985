// Question: whom did a person meet, when (with the date's honest precision), and on what evidence?
// A meeting known only from someone's statement is a claim, not a fact the report records:
// claim is true, claimedBy names the statements, claimants who made them, count the report's words.
// Parameters: $name (string): a person's name, e.g. :param name => 'Jeff Sessions'
// Example: :param name => 'Jeff Sessions'  then run this file; gives the July 2016 and 8 September 2016 meetings.
MATCH (p:Person {name: $name})-[m:MET_WITH]-(other:Person)
RETURN other.name AS met,
       m.date AS date,
       m.datePrecision AS precision,
       m.dateText AS asReported,
       m.meetingId AS meeting,
       coalesce(m.claim, false) AS claim,
       coalesce(m.claimedBy, []) AS claimedBy,
       COLLECT { MATCH (s:Statement)<-[:MADE]-(who) WHERE s.id IN coalesce(m.claimedBy, [])
                 RETURN coalesce(who.name, who.title) } AS claimants,
       m.count AS count,
       m.evidenceQuotes AS evidence
ORDER BY m.dateStart
LIMIT 100
