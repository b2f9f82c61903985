// Question: what matches these words? One hit per node, best first, with the field that matched.
// Every word must match somewhere in the node (English stemming: "Russians" finds "Russian",
// "recuse" finds "recusal"). Hits rank by field, then by Lucene's score within it:
//   1 a name or alias of a person, organization or country;
//   2 a title: an event's, meeting's, group's or matter's name, a role's or source's title;
//   3 a description; 4 what a statement says (text); 5 a quote of the node's evidence.
// A node matching in several fields ranks by its best field, and the words may be spread over
// its names and description ("kislyak ambassador" finds Kislyak by his name).
// Parameters: $query (string): the words, Lucene-escaped, joined by ' AND ' (src/api/args.ts);
//             $limit (integer): how many hits
// Example: :param query => 'russian AND ambassador'  :param limit => 20
CALL () {
  // A word in this field, and every word somewhere in the node's names and description.
  UNWIND ['name', 'aliases', 'title', 'description'] AS field
  CALL db.index.fulltext.queryNodes('testimony_search',
    field + ':(' + replace($query, ' AND ', ' OR ') + ') AND (' + $query + ')', {limit: $limit})
  YIELD node, score
  RETURN node, field, score, null AS evidence
  UNION ALL
  CALL db.index.fulltext.queryNodes('testimony_search_text', $query, {limit: $limit})
  YIELD node, score
  RETURN node, 'text' AS field, score, null AS evidence
  UNION ALL
  // Another dataset's description of a shared node finds the node.
  CALL db.index.fulltext.queryNodes('testimony_search_versions', $query, {limit: $limit})
  YIELD node AS version, score
  MATCH (node:Entity)-[:HAS_VERSION]->(version)
  RETURN node, 'description' AS field, score, null AS evidence
  UNION ALL
  // A quote is a hit for each node it is evidence for. Some quotes support only relationships
  // (no node), so more quotes are read than hits are wanted.
  CALL db.index.fulltext.queryNodes('testimony_search_quotes', $query, {limit: 3 * $limit})
  YIELD node AS quote, score
  MATCH (node:Entity)-[:EVIDENCED_BY]->(quote)
  RETURN DISTINCT node, 'evidence' AS field, score,
         quote {.sourceId, .start, .end, .quote} AS evidence
}
WITH node, field, score, evidence
// A dataset's own version of a shared node is not a hit: the node itself is.
WHERE NOT node:Version
WITH node, score, evidence,
     // A role's name is its title.
     CASE WHEN field = 'name' AND node:Role THEN 'title' ELSE field END AS field,
     CASE
       WHEN field IN ['name', 'aliases'] AND (node:Person OR node:Organization OR node:Country) THEN 1
       WHEN field IN ['name', 'aliases', 'title'] THEN 2
       WHEN field = 'description' THEN 3
       WHEN field = 'text' THEN 4
       ELSE 5
     END AS rank
// A node's best rank; within it, the first field in this order (a name before an alias), and the
// best score of that rank.
ORDER BY rank, CASE field WHEN 'name' THEN 0 WHEN 'aliases' THEN 1 ELSE 2 END, score DESC
WITH node, collect({field: field, score: score, rank: rank, evidence: evidence}) AS matches
WITH node, matches[0] AS best,
     reduce(top = 0.0, m IN matches | CASE WHEN m.rank = matches[0].rank AND m.score > top THEN m.score ELSE top END) AS score
RETURN node {.*, labels: labels(node)} AS node, score, best.field AS field, best.rank AS rank,
       best.evidence AS evidence
ORDER BY rank, score DESC, node.id
LIMIT $limit
