// Question: what matches these words in names, aliases or what was said? (full-text, best first)
// Parameters: $query (string): Lucene query text, special characters escaped by the caller;
//             $limit (integer): how many hits
// Example: :param query => 'kislyak'  :param limit => 20
CALL db.index.fulltext.queryNodes('testimony_search', $query, {limit: $limit}) YIELD node, score
RETURN node {.*, labels: labels(node)} AS node, score
ORDER BY score DESC, node.id
