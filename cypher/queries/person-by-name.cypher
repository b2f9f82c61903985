// Question: who is the person with this name or alias (any case)?
// Parameters: $name (string): a name or alias
// Example: :param name => 'sessions'
MATCH (p:Person)
WHERE toLower(p.name) = toLower($name)
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($name))
RETURN p {.*, labels: labels(p)} AS node
ORDER BY p.name, p.id
LIMIT 10
