// Every dataset that defines a node in the graph, in name order (an empty graph: no row).
// Reads every Entity once: run to say where an unknown reference was looked for, not per seed.
// Parameters: none
MATCH (n:Entity)
UNWIND n.datasets AS dataset
RETURN DISTINCT dataset
ORDER BY dataset
