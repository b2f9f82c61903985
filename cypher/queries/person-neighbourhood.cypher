// Question: a person and the neighbourhood a nested API query asks for (their meetings, each
// meeting's participants, each participant's statements), in ONE round trip instead of one per level.
// Each list is bounded as neighbours.cypher bounds it ($limit per parent, the API's cap plus one).
// The API primes its DataLoaders with it, so each part has exactly the shape, order and cap that
// neighbours.cypher gives: rel {.*}, node {.*, labels}, ordered by date sort key, then id.
// Parameters: $id (person id); $participants, $statements (booleans): how deep the query goes;
//             $limit (integer): at most this many items in each list
// Example: :param id => 'person:jeff-sessions'  :param participants => true  :param statements => true  :param limit => 10001
MATCH (p:Person {id: $id})
RETURN p {.*, labels: labels(p)} AS node,
  COLLECT {
    MATCH (p)-[r:PARTICIPATED_IN]->(m:Entity)
    WITH r, m ORDER BY coalesce(m.dateSortKey, m.saidAtSortKey, r.dateSortKey), m.id
    RETURN {rel: r {.*}, node: m {.*, labels: labels(m)}, participants: COLLECT {
      MATCH (x:Entity)-[q:PARTICIPATED_IN]->(m) WHERE $participants
      WITH q, x ORDER BY coalesce(x.dateSortKey, x.saidAtSortKey, q.dateSortKey), x.id
      RETURN {rel: q {.*}, node: x {.*, labels: labels(x)}, statements: COLLECT {
        MATCH (x)-[s:MADE]->(st:Entity) WHERE $statements
        WITH s, st ORDER BY coalesce(st.dateSortKey, st.saidAtSortKey, s.dateSortKey), st.id
        RETURN {rel: s {.*}, node: st {.*, labels: labels(st)}} LIMIT $limit
      }} LIMIT $limit
    }} LIMIT $limit
  } AS meetings
