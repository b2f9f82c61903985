// Removes every curated relationship this dataset wrote at its last seed (derived MET_WITH and
// SPOKE_FOR have no single dataset: the loader derives them again, see derive-scope.cypher);
// the seed then writes them afresh, so a relationship removed from the file disappears.
// Starts from the dataset's own nodes (an index seek each), never from a scan of every
// relationship in the graph: each relationship a dataset writes touches a node it defines (an
// event's participation the event, a statement's speaker the statement, a source's citation
// the source, a node's evidence link the node).
// Parameters: $dataset (string), $ids (list of node ids: the dataset's nodes, now and before),
//   e.g. :param dataset => 'sessions-recusal-2017-03-02'; :param ids => ['person:jeff-sessions']
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-()
WHERE r.dataset = $dataset
WITH DISTINCT r
DELETE r
