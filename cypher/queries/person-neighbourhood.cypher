// Question: a person and the neighbourhood a nested API query asks for (their meetings, each
// meeting's participants, each participant's statements), in ONE round trip instead of one per level.
// Participants are fetched for meetings only, and statements for people only: what Person.meetings
// and `... on Person { statements }` can show (the API's DataLoaders fetch anything else).
// Each list is bounded as neighbours.cypher bounds it ($limit per parent, the API's cap plus one).
// The API primes its DataLoaders with it, so each part has exactly the shape, order and cap that
// neighbours.cypher gives: rel {.*}, node {.*, labels} (or their selected values), ordered by date sort key, then id.
// Parameters: $id (person id); $participants, $statements (booleans): how deep the query goes;
//   $limit (integer): at most this many items in each list;
//   $fields ({node, rel}: lists of property names, or null for all): what the API's query
//   selects (src/api/projection.ts), each node's and relationship's values in that order
// Example: :param id => 'person:jeff-sessions'  :param participants => true  :param statements => true  :param limit => 10001  :param fields => null
MATCH (p:Person {id: $id})
RETURN CASE WHEN $fields IS NULL THEN p {.*, labels: labels(p)}
    ELSE {labels: labels(p), values: [k IN $fields.node | p[k]]} END AS node,
  COLLECT {
    MATCH (p)-[r:PARTICIPATED_IN]->(m:Entity)
    WITH r, m ORDER BY coalesce(m.dateSortKey, m.saidAtSortKey, r.dateSortKey), m.id
    RETURN {
      rel: CASE WHEN $fields IS NULL THEN r {.*} ELSE {values: [k IN $fields.rel | r[k]]} END,
      node: CASE WHEN $fields IS NULL THEN m {.*, labels: labels(m)}
        ELSE {labels: labels(m), values: [k IN $fields.node | m[k]]} END,
      participants: COLLECT {
        MATCH (x:Entity)-[q:PARTICIPATED_IN]->(m) WHERE $participants AND m.kind = 'meeting'
        WITH q, x ORDER BY coalesce(x.dateSortKey, x.saidAtSortKey, q.dateSortKey), x.id
        RETURN {
          rel: CASE WHEN $fields IS NULL THEN q {.*} ELSE {values: [k IN $fields.rel | q[k]]} END,
          node: CASE WHEN $fields IS NULL THEN x {.*, labels: labels(x)}
            ELSE {labels: labels(x), values: [k IN $fields.node | x[k]]} END,
          statements: COLLECT {
            MATCH (x)-[s:MADE]->(st:Entity) WHERE $statements AND x:Person
            WITH s, st ORDER BY coalesce(st.dateSortKey, st.saidAtSortKey, s.dateSortKey), st.id
            RETURN {
              rel: CASE WHEN $fields IS NULL THEN s {.*} ELSE {values: [k IN $fields.rel | s[k]]} END,
              node: CASE WHEN $fields IS NULL THEN st {.*, labels: labels(st)}
                ELSE {labels: labels(st), values: [k IN $fields.node | st[k]]} END
            } LIMIT $limit
          }
        } LIMIT $limit
      }
    } LIMIT $limit
  } AS meetings
