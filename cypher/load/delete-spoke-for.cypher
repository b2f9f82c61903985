// Deletes the derived SPOKE_FOR of the given pairs; the loader derives them again.
// Parameters: $pairs (list of {from, to})
UNWIND $pairs AS pair
MATCH (:Entity {id: pair.from})-[r:SPOKE_FOR]->(:Entity {id: pair.to})
DELETE r
