// Question: which events are there (meetings included), in time order, a page at a time?
// Sorted by the date's sort key (dateSortKey: see src/domain/dates.ts), then id; an event without
// a date sorts last ('~' orders after every key). Every report's version of one event is listed.
// Parameters: $nameContains (string or null): part of the name, any case;
//             $kind (string or null): meeting, hearing, news-conference, convention, public-event, conversations;
//             $afterKey, $afterId (strings or null): the cursor (sort key and id of the last seen);
//             $limit (integer): page size plus one (to tell whether more follows)
// Example: :param nameContains => null  :param kind => 'meeting'  :param afterKey => null  :param afterId => null  :param limit => 21
MATCH (e:Event)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($nameContains IS NULL OR toLower(e.name) CONTAINS toLower($nameContains))
WITH e, coalesce(e.dateSortKey, '~') AS key
ORDER BY key, e.id
WITH collect({key: key, node: e {.*, labels: labels(e)}}) AS matching
RETURN size(matching) AS total,
       [x IN matching WHERE $afterKey IS NULL OR x.key > $afterKey OR (x.key = $afterKey AND x.node.id > $afterId)][0..$limit] AS page
