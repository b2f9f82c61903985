// seed --offline, before the import replaces the database: does it hold any node? (The count
// store answers; nothing is scanned.)
// Parameters: none
MATCH (n)
RETURN count(n) > 0 AS held
