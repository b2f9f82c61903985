// Question: who called for what of whom (resign, recuse from which matter), in which statement,
// with what evidence? By demand id, a page at a time.
// Parameters: $by, $of (ids or null): only demands by this person, group or organization, of this person;
//             $action (string or null): resign or recuse;
//             $afterKey (string or null): the cursor (the id of the last demand seen);
//             $limit (integer): page size plus one (to tell whether more follows)
// Example: :param by => null  :param of => 'person:jeff-sessions'  :param action => null  :param afterKey => null  :param limit => 21
MATCH (by:Entity)-[c:CALLED_FOR]->(of:Person)
WHERE ($by IS NULL OR by.id = $by)
  AND ($of IS NULL OR of.id = $of)
  AND ($action IS NULL OR c.action = $action)
WITH by, c, of
ORDER BY c.demandId
WITH collect({key: c.demandId, node: {by: by {.*, labels: labels(by)}, of: of {.*, labels: labels(of)}, rel: c {.*}}}) AS matching
RETURN size(matching) AS total,
       [x IN matching WHERE $afterKey IS NULL OR x.key > $afterKey][0..$limit] AS page
