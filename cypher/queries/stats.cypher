// Question: how much does the graph hold: nodes and relationships, per label and per type?
// Parameters: none
// Example: (no parameters)
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS count ORDER BY label RETURN collect({name: label, count: count}) AS labels }
CALL () { MATCH ()-[r]->() WITH type(r) AS type, count(*) AS count ORDER BY type RETURN collect({name: type, count: count}) AS types }
RETURN nodes, relationships, labels, types
