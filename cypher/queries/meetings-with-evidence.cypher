// Question: whom did a person meet, when (with the date's honest precision), and on what evidence?
// The date carries every mark the API gives: value, precision, first and last day it can mean, the
// report's words, approximate, inferred and from what (the GraphQL PartialDate, as columns).
// A meeting known only from someone's statement is a claim, not a fact the report records:
// claim is true, claimedBy names the statements, claimants who made them, count the report's words.
// The evidence is each quote with its offsets and source (the meeting's own evidence and that of
// both people's part in it, as MET_WITH stores it). MET_WITH links people: a meeting with a group
// (e.g. senior career officials) is in meetings.cypher, as the API's `meetings` lists it.
// Parameters: $name (string): a person's name, e.g. :param name => 'Jeff Sessions'
// Example: :param name => 'Jeff Sessions'  then run this file; gives the July 2016 and 8 September 2016 meetings.
MATCH (p:Person {name: $name})-[m:MET_WITH]-(other:Person)
RETURN other.name AS met,
       other.id AS metId,
       m.date AS date,
       m.datePrecision AS precision,
       m.dateStart AS start,
       m.dateEnd AS end,
       m.dateText AS asReported,
       coalesce(m.dateApproximate, false) AS approximate,
       coalesce(m.dateInferred, false) AS inferred,
       m.dateInferredFrom AS inferredFrom,
       m.meetingId AS meeting,
       m.meetingName AS meetingName,
       coalesce(m.claim, false) AS claim,
       coalesce(m.claimedBy, []) AS claimedBy,
       COLLECT { MATCH (s:Statement)<-[:MADE]-(who) WHERE s.id IN coalesce(m.claimedBy, [])
                 RETURN coalesce(who.name, who.title) } AS claimants,
       m.count AS count,
       [i IN range(0, size(coalesce(m.evidenceQuotes, [])) - 1) |
         {quote: m.evidenceQuotes[i], start: m.evidenceStarts[i], end: m.evidenceEnds[i],
          source: m.evidenceSourceIds[i]}] AS evidence
ORDER BY m.dateSortKey, m.meetingId
LIMIT 100
