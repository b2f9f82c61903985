// Question: in which sentence of its source does each of these evidence spans sit?
// (the loader stores it: src/dataset/sentences.ts; null when the source's text is not held)
// Parameters: $ids (list of strings): evidence ids, `<source id>#char=<start>,<end>`
// Example: :param ids => ['source:sessions-recusal-report-2017-03-02#char=55,84']
MATCH (e:Evidence)
WHERE e.id IN $ids
RETURN e.id AS id, e.sentence AS sentence, e.sentenceStart AS sentenceStart, e.sentenceEnd AS sentenceEnd
