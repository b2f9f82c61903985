// Creates or updates evidence spans (one node per source span, shared by every fact it
// supports and every dataset that cites it) and links each to its source. `datasets` stays
// sorted, so that the graph does not depend on the order datasets were seeded in. `sentence`
// (with `sentenceStart`, `sentenceEnd`) is the sentence the quote sits in, worked out by the
// loader from the source text (src/dataset/sentences.ts); null when the text is not held.
// Parameters: $dataset (string), $rows (list of {id, sourceId, start, end, quote, sentence?,
//             sentenceStart?, sentenceEnd?})
UNWIND $rows AS row
MERGE (e:Evidence {id: row.id})
WITH e, row, coalesce(e.datasets, []) AS held
SET e.sourceId = row.sourceId, e.start = row.start, e.end = row.end, e.quote = row.quote,
    e.sentence = row.sentence, e.sentenceStart = row.sentenceStart, e.sentenceEnd = row.sentenceEnd,
    e.datasets = CASE WHEN $dataset IN held THEN held
      ELSE [d IN held WHERE d < $dataset] + $dataset + [d IN held WHERE d > $dataset] END
WITH e, row
MATCH (s:Source {id: row.sourceId})
MERGE (e)-[:FROM_SOURCE]->(s)
