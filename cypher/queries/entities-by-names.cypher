// Question: which people, organizations and countries go by any of these names (or surnames)?
// Parameters: $names (list of strings): names, lower case and without accents (a draft's mentions
//             and their last words); $limit (integer): how many entities at most
// Example: :param names => ['sergei kislyak', 'kislyak', 'sessions']  :param limit => 100
MATCH (n:Entity)
WHERE (n:Person OR n:Organization OR n:Country)
  AND (toLower(n.name) IN $names
    OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) IN $names)
    OR last(split(toLower(n.name), ' ')) IN $names)
RETURN n.id AS id,
       CASE WHEN n:Person THEN 'person' WHEN n:Organization THEN 'org' ELSE 'country' END AS kind,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases
ORDER BY id
LIMIT $limit
