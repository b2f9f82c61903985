// Question: which sources does the graph quote?
// Parameters: none
// Example: (no parameters)
MATCH (s:Source)
RETURN s {.*, labels: labels(s)} AS node
ORDER BY s.id
LIMIT 1000
