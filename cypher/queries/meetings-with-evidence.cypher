// Question: whom did a person meet, when (with the date's honest precision), and on what evidence?
// Parameters: $name (string): a person's name, e.g. :param name => 'Jeff Sessions'
// Example: :param name => 'Jeff Sessions'  then run this file; gives the July 2016 and 8 September 2016 meetings.
MATCH (p:Person {name: $name})-[m:MET_WITH]-(other:Person)
RETURN other.name AS met,
       m.date AS date,
       m.datePrecision AS precision,
       m.dateText AS asReported,
       m.meetingId AS meeting,
       m.evidenceQuotes AS evidence
ORDER BY m.dateStart
LIMIT 100
