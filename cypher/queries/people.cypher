// Question: which people are there, by name (then id), a page at a time?
// Keyset paging: the page starts in the person_name index at the cursor and reads on in name
// order until it holds $limit people, so a page costs what it holds, wherever it lies. How many
// match in all is counted only when asked ($total): from the count store without nameContains,
// by reading every person with it.
// Parameters: $nameContains (string or null): part of a name or alias, any case;
//             $afterKey, $afterId (strings or null): the cursor (name and id of the last seen);
//             $limit (integer): page size plus one (to tell whether more follows);
//             $total (boolean): also count the matching people (null total otherwise)
// Example: :param nameContains => 's'  :param afterKey => null  :param afterId => null  :param limit => 21  :param total => true
CALL () {
  MATCH (p:Person)
  WHERE p.name >= coalesce($afterKey, '')
    AND ($afterKey IS NULL OR p.name > $afterKey OR p.id > $afterId)
    AND ($nameContains IS NULL OR any(name IN p.nameKeys WHERE name CONTAINS toLower($nameContains)))
  WITH p ORDER BY p.name, p.id LIMIT $limit
  RETURN collect({key: p.name, node: p {.*, labels: labels(p)}}) AS page
}
RETURN CASE
         WHEN NOT $total THEN null
         WHEN $nameContains IS NULL THEN COUNT { MATCH (p:Person) }
         ELSE COUNT { MATCH (p:Person) WHERE any(name IN p.nameKeys WHERE name CONTAINS toLower($nameContains)) }
       END AS total,
       page
