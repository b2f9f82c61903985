// The datasets the graph holds (every dataset has at least one source), for `seed --remove`.
MATCH (s:Source)
UNWIND s.datasets AS dataset
RETURN DISTINCT dataset
ORDER BY dataset
