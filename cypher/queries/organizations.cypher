// Question: which organizations are there, by name (then id), a page at a time?
// Parameters: $nameContains (string or null): part of a name or alias, any case;
//             $kind (string or null): committee, think-tank, campaign, department, media-outlet, organization;
//             $afterKey, $afterId (strings or null): the cursor (name and id of the last seen);
//             $limit (integer): page size plus one (to tell whether more follows)
// Example: :param nameContains => 'committee'  :param kind => null  :param afterKey => null  :param afterId => null  :param limit => 21
MATCH (o:Organization)
WHERE ($kind IS NULL OR o.kind = $kind)
  AND ($nameContains IS NULL
       OR toLower(o.name) CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(o.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
WITH o
ORDER BY o.name, o.id
WITH collect({key: o.name, node: o {.*, labels: labels(o)}}) AS matching
RETURN size(matching) AS total,
       [x IN matching WHERE $afterKey IS NULL OR x.key > $afterKey OR (x.key = $afterKey AND x.node.id > $afterId)][0..$limit] AS page
