// Question: which node (a person, or any kind) has this name or alias (any case)?
// Parameters: $name (string): a name or alias;
//             $label (string or null): only nodes with this label (e.g. 'Person'); null for any node
// Example: :param name => 'sessions'  :param label => 'Person'
MATCH (n:Entity)
WHERE ($label IS NULL OR $label IN labels(n))
  AND (toLower(n.name) = toLower($name)
   OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = toLower($name)))
RETURN n {.*, labels: labels(n)} AS node
ORDER BY n.name, n.id
LIMIT 10
