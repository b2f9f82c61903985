// Question: which node (a person, or any kind) has this name or alias (any case)?
// One seek in the name_keys index (the loader stores each node's name and aliases in lower case
// in nameKeys): the key is quoted, so that Lucene reads it as one exact term whatever it holds.
// Parameters: $name (string): a name or alias;
//             $label (string or null): only nodes with this label (e.g. 'Person'); null for any node
// Example: :param name => 'sessions'  :param label => 'Person'
CALL db.index.fulltext.queryNodes('name_keys',
  '"' + replace(replace(toLower($name), '\\', '\\\\'), '"', '\\"') + '"')
YIELD node AS n
WITH n
WHERE ($label IS NULL OR $label IN labels(n)) AND toLower($name) IN n.nameKeys
RETURN n {.*, labels: labels(n)} AS node
ORDER BY n.name, n.id
LIMIT 10
