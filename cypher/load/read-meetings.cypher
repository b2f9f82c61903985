// The meetings of the given clusters, each with its evidence and its people in the curator's
// order, for deriving MET_WITH (src/loader/derive.ts).
// Parameters: $clusters (list of cluster ids)
UNWIND $clusters AS cluster
MATCH (e:Event {cluster: cluster})
WHERE e.kind = 'meeting'
CALL (e) {
  OPTIONAL MATCH (e)-[x:EVIDENCED_BY]->(ev:Evidence)
  WITH x, ev ORDER BY x.position
  RETURN collect(ev {.id, .quote, .start, .end, .sourceId}) AS evidence
}
CALL (e) {
  OPTIONAL MATCH (p:Person)-[pi:PARTICIPATED_IN]->(e)
  WITH p, pi ORDER BY pi.position
  RETURN collect(CASE WHEN p IS NOT NULL THEN {id: p.id, evidence: [i IN range(0, size(coalesce(pi.evidenceIds, [])) - 1) |
    {id: pi.evidenceIds[i], quote: pi.evidenceQuotes[i], start: pi.evidenceStarts[i],
     end: pi.evidenceEnds[i], sourceId: pi.evidenceSourceIds[i]}]} END) AS participants
}
RETURN cluster, e.id AS id, properties(e) AS props, evidence, participants
