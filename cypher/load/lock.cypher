// The seed's lock, the first statement of its write transaction (src/loader/lock.ts): with the
// unique constraint seed_lock_id, MERGE locks the index entry of $id until the transaction
// commits or rolls back, so a second seed blocks here; the node is deleted at once, leaving no
// trace in the graph, and a seed killed midway loses its lock with its rolled-back transaction.
// Parameters: $id (string, always 'seed')
MERGE (lock:SeedLock {id: $id})
DELETE lock
