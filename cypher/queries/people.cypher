// Question: which people are there, by name (then id), a page at a time?
// Parameters: $nameContains (string or null): part of a name or alias, any case;
//             $afterKey, $afterId (strings or null): the cursor (name and id of the last seen);
//             $limit (integer): page size plus one (to tell whether more follows)
// Example: :param nameContains => 's'  :param afterKey => null  :param afterId => null  :param limit => 21
MATCH (p:Person)
WHERE $nameContains IS NULL
   OR toLower(p.name) CONTAINS toLower($nameContains)
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains))
WITH p
ORDER BY p.name, p.id
WITH collect({key: p.name, node: p {.*, labels: labels(p)}}) AS matching
RETURN size(matching) AS total,
       [x IN matching WHERE $afterKey IS NULL OR x.key > $afterKey OR (x.key = $afterKey AND x.node.id > $afterId)][0..$limit] AS page
