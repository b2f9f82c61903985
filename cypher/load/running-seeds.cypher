// The seed transactions open now (their metadata says query: 'seed'), oldest first: `seed
// --no-wait` refuses while one is writing, and names it.
// Parameters: $query (string, always 'seed')
SHOW TRANSACTIONS
YIELD transactionId, metaData, startTime, status
WHERE metaData.query = $query
RETURN transactionId AS id, toString(startTime) AS since
ORDER BY since
