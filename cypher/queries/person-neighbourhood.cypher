// Question: a person and the neighbourhood a nested API query asks for (their meetings, each
// meeting's participants, each participant's statements), in ONE round trip instead of one per level.
// Each level is bounded like neighbours.cypher (10000). The API primes its DataLoaders with it, so each part has exactly the shape and order that
// neighbours.cypher gives: rel {.*}, node {.*, labels}, ordered by date sort key, then id.
// Parameters: $id (person id); $participants, $statements (booleans): how deep the query goes
// Example: :param id => 'person:jeff-sessions'  :param participants => true  :param statements => true
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
        RETURN {rel: s {.*}, node: st {.*, labels: labels(st)}} LIMIT 10000
      }} LIMIT 10000
    }} LIMIT 10000
  } AS meetings
