// Before a seed writes: the spokesperson-principal pairs its statements give now, so that their
// SPOKE_FOR can be derived again afterwards from every dataset's statements.
// Parameters: $ids (list of statement ids)
UNWIND $ids AS id
MATCH (speaker:Entity)-[:MADE]->(:Statement {id: id})-[:ON_BEHALF_OF]->(principal:Entity)
RETURN DISTINCT speaker.id AS from, principal.id AS to
