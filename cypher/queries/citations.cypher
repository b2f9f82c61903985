// Question: which sources cite which (report B cites the Post), through which chain of citations,
// and what did the cited source say, as reported by the source whose text quotes it? One row per
// chain, cited source first, up to five citations deep.
// Parameters: $source (id or null): only chains that pass through this source;
//             $statements (list of statement ids, or null): only chains that carry these statements
// Example: :param source => null  :param statements => null
MATCH chain = (reporter:Source)-[:CITES]->{1,5}(cited:Source)
// Two datasets may state the same citation: one row per chain of sources, not per relationship.
WITH DISTINCT reporter, cited, reverse(nodes(chain)) AS sources
WHERE reporter <> cited AND ($source IS NULL OR any(s IN sources WHERE s.id = $source))
// What the cited source said (it is the statement's speaker), with its evidence in the reporter's text.
WITH reporter, cited, sources, COLLECT {
  MATCH (cited)-[:MADE]->(s:Statement)
  WHERE ($statements IS NULL OR s.id IN $statements)
    AND EXISTS { (s)-[:EVIDENCED_BY]->(:Evidence)-[:FROM_SOURCE]->(reporter) }
  RETURN s {.id, .text} AS statement ORDER BY s.saidAtStart, s.id
} AS statements
WHERE $statements IS NULL OR size(statements) > 0
// Each source of the chain is named by its publisher, or by its title when it has none.
UNWIND range(0, size(sources) - 1) AS i
WITH reporter, cited, statements, i, sources[i] AS source
OPTIONAL MATCH (source)-[:PUBLISHED_BY]->(outlet:Organization)
WITH reporter, cited, statements, i, source, min(outlet.name) AS outlet
ORDER BY i
WITH reporter, cited, statements,
     collect({id: source.id, title: source.title, publisher: outlet}) AS chain,
     collect(coalesce(outlet, source.title)) AS names
RETURN names[0] + ' (' +
         reduce(said = '', name IN names[1..] |
                said + CASE said WHEN '' THEN '' ELSE ', ' END + 'as reported by ' + name) +
         ')' AS attribution,
       reporter.id AS reportedBy,
       cited.id AS cited,
       statements,
       chain
ORDER BY reportedBy, size(chain), cited
LIMIT 1000
