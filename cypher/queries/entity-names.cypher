// Question: what are the names and aliases of the named nodes (people, or any kind)? (the
//           candidates for "closest names" when what an analyst typed matches nothing)
// Parameters: $label (string or null): only nodes with this label (e.g. 'Person'); null for any node;
//             $limit (integer): at most this many
// Example: :param label => 'Person'  :param limit => 1000
MATCH (n:Entity)
WHERE n.name IS NOT NULL AND ($label IS NULL OR $label IN labels(n))
RETURN n {.id, .name, .aliases, labels: labels(n)} AS node
ORDER BY n.name, n.id
LIMIT $limit
