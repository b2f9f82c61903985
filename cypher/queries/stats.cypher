// Question: how much does the graph hold: nodes and relationships, per label and per type?
// Every count is read from Neo4j's count store, never by walking the graph: each is a count of
// one label or one relationship type with nothing else in its pattern, which the planner answers
// with NodeCountFromCountStore or RelationshipCountFromCountStore (one db hit each, whatever the
// graph's size). Labels and types cannot be parameters of such a count, so they are written out:
// the graph's model (docs/model.md). tests/integration/query-plans.test.ts fails when the graph
// holds a label or type this list lacks. Labels and types with no node or relationship are left out.
// Parameters: none
// Example: (no parameters)
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () {
  CALL () {
    MATCH (n:Country) WITH count(n) AS count RETURN 'Country' AS name, count
    UNION ALL
    MATCH (n:Entity) WITH count(n) AS count RETURN 'Entity' AS name, count
    UNION ALL
    MATCH (n:Event) WITH count(n) AS count RETURN 'Event' AS name, count
    UNION ALL
    MATCH (n:Evidence) WITH count(n) AS count RETURN 'Evidence' AS name, count
    UNION ALL
    MATCH (n:Group) WITH count(n) AS count RETURN 'Group' AS name, count
    UNION ALL
    MATCH (n:Matter) WITH count(n) AS count RETURN 'Matter' AS name, count
    UNION ALL
    MATCH (n:Organization) WITH count(n) AS count RETURN 'Organization' AS name, count
    UNION ALL
    MATCH (n:Person) WITH count(n) AS count RETURN 'Person' AS name, count
    UNION ALL
    MATCH (n:Proposition) WITH count(n) AS count RETURN 'Proposition' AS name, count
    UNION ALL
    MATCH (n:Role) WITH count(n) AS count RETURN 'Role' AS name, count
    UNION ALL
    MATCH (n:Source) WITH count(n) AS count RETURN 'Source' AS name, count
    UNION ALL
    MATCH (n:Statement) WITH count(n) AS count RETURN 'Statement' AS name, count
    UNION ALL
    MATCH (n:Version) WITH count(n) AS count RETURN 'Version' AS name, count
  }
  WITH name, count WHERE count > 0 ORDER BY name
  RETURN collect({name: name, count: count}) AS labels
}
CALL () {
  CALL () {
    MATCH ()-[r:ABOUT]->() WITH count(r) AS count RETURN 'ABOUT' AS name, count
    UNION ALL
    MATCH ()-[r:CALLED_FOR]->() WITH count(r) AS count RETURN 'CALLED_FOR' AS name, count
    UNION ALL
    MATCH ()-[r:CITES]->() WITH count(r) AS count RETURN 'CITES' AS name, count
    UNION ALL
    MATCH ()-[r:CONCERNS]->() WITH count(r) AS count RETURN 'CONCERNS' AS name, count
    UNION ALL
    MATCH ()-[r:EVIDENCED_BY]->() WITH count(r) AS count RETURN 'EVIDENCED_BY' AS name, count
    UNION ALL
    MATCH ()-[r:FROM_SOURCE]->() WITH count(r) AS count RETURN 'FROM_SOURCE' AS name, count
    UNION ALL
    MATCH ()-[r:HAS_VERSION]->() WITH count(r) AS count RETURN 'HAS_VERSION' AS name, count
    UNION ALL
    MATCH ()-[r:HOLDS_ROLE]->() WITH count(r) AS count RETURN 'HOLDS_ROLE' AS name, count
    UNION ALL
    MATCH ()-[r:MADE]->() WITH count(r) AS count RETURN 'MADE' AS name, count
    UNION ALL
    MATCH ()-[r:MADE_AT]->() WITH count(r) AS count RETURN 'MADE_AT' AS name, count
    UNION ALL
    MATCH ()-[r:MET_WITH]->() WITH count(r) AS count RETURN 'MET_WITH' AS name, count
    UNION ALL
    MATCH ()-[r:ON_BEHALF_OF]->() WITH count(r) AS count RETURN 'ON_BEHALF_OF' AS name, count
    UNION ALL
    MATCH ()-[r:PARTICIPATED_IN]->() WITH count(r) AS count RETURN 'PARTICIPATED_IN' AS name, count
    UNION ALL
    MATCH ()-[r:PART_OF]->() WITH count(r) AS count RETURN 'PART_OF' AS name, count
    UNION ALL
    MATCH ()-[r:PUBLISHED_BY]->() WITH count(r) AS count RETURN 'PUBLISHED_BY' AS name, count
    UNION ALL
    MATCH ()-[r:RECUSED_FROM]->() WITH count(r) AS count RETURN 'RECUSED_FROM' AS name, count
    UNION ALL
    MATCH ()-[r:REPRESENTS]->() WITH count(r) AS count RETURN 'REPRESENTS' AS name, count
    UNION ALL
    MATCH ()-[r:ROLE_AT]->() WITH count(r) AS count RETURN 'ROLE_AT' AS name, count
    UNION ALL
    MATCH ()-[r:SAME_AS]->() WITH count(r) AS count RETURN 'SAME_AS' AS name, count
    UNION ALL
    MATCH ()-[r:SPOKE_FOR]->() WITH count(r) AS count RETURN 'SPOKE_FOR' AS name, count
  }
  WITH name, count WHERE count > 0 ORDER BY name
  RETURN collect({name: name, count: count}) AS types
}
RETURN nodes, relationships, labels, types
