// Question: where may the datasets disagree? The RAW sides, each with its dataset, its sources
// (and their publishers) and its evidence:
//   clusters:  every same-event cluster (events sharing e.cluster, more than one member), each
//              member with its date properties, count, place, kind, participants, claimedBy;
//   versioned: every shared node that has Version nodes, each dataset's version (its
//              single-valued fields) with the node's evidence of that dataset;
//   words:     pairs of statements by one speaker, from different datasets, about the same thing
//              (the same node, or the same same-event cluster) with different stances.
// The JUDGING is not done here: the API compares the sides with the rules of
// src/domain/compare.ts (dates by the days they may mean, counts by their words, wording
// normalised, opposed stances), so `conflicts` in the API, `testimony conflicts` and this query
// show the same sides. See docs/model.md, "Conflicts".
// Bounded: at most 500 clusters, 500 versioned nodes and 500 statement pairs, ordered by id;
// clustersCapped, versionedCapped and wordsCapped are true when there were more.
// Parameters: $person (id or null): only clusters this person took part in (in any member), the
//             person's own versions and statements;
//             $ids (list of ids or null): only the clusters of these events, the versions of these
//             nodes and the statements of these speakers (the API's Meeting.versions, Person.versions)
// Each part starts from index seeks when $ids or $person is given (the events, nodes or speakers
// they name); the branch that reads everything runs only when neither is (an UNWIND of nothing
// otherwise: a plain `WHERE $ids IS NULL` would be applied only after its scan).
// Example: :param person => 'person:jeff-sessions'  :param ids => null
CALL () {
  CALL () {
    UNWIND coalesce($ids, []) AS id
    MATCH (x:Event {id: id}) WHERE EXISTS { (x)-[:SAME_AS]-(:Event) }
    RETURN x.cluster AS cluster
    UNION
    UNWIND CASE WHEN $ids IS NULL AND $person IS NOT NULL THEN [$person] ELSE [] END AS person
    MATCH (:Person {id: person})-[:PARTICIPATED_IN]->(x:Event) WHERE EXISTS { (x)-[:SAME_AS]-(:Event) }
    RETURN x.cluster AS cluster
    UNION
    UNWIND CASE WHEN $ids IS NULL AND $person IS NULL THEN [true] ELSE [] END AS everything
    MATCH (x:Event)-[:SAME_AS]-(:Event)
    RETURN x.cluster AS cluster
  }
  WITH DISTINCT cluster
  WHERE $person IS NULL
     OR EXISTS { MATCH (:Person {id: $person})-[:PARTICIPATED_IN]->(e:Event) WHERE e.cluster = cluster }
  WITH cluster ORDER BY cluster LIMIT 501
  MATCH (e:Event {cluster: cluster})
  WITH cluster, e ORDER BY e.id
  WITH cluster, collect({
    node: e {.*, labels: labels(e)},
    participants: [(x:Entity)-[r:PARTICIPATED_IN]->(e) | {rel: r {.*}, node: x {.*, labels: labels(x)}}],
    claimedBy: [(by:Entity)-[:MADE]->(s:Statement {id: e.claimedBy}) | s {.*, labels: labels(s), speaker: by {.id, .name, .title}}][0],
    evidence: [(e)-[r:EVIDENCED_BY]->(ev:Evidence) | ev {.sourceId, .start, .end, .quote, dataset: r.dataset,
      source: [(ev)-[:FROM_SOURCE]->(s:Source) | s.title][0],
      publisher: [(ev)-[:FROM_SOURCE]->(:Source)-[:PUBLISHED_BY]->(o:Entity) | o.name][0]}]
  }) AS members
  RETURN collect({cluster: cluster, members: members}) AS clusters
}
CALL () {
  CALL () {
    UNWIND CASE WHEN $ids IS NULL THEN [$person] ELSE $ids END AS id
    MATCH (n:Entity {id: id})-[:HAS_VERSION]->(v:Version)
    RETURN n, v
    UNION
    UNWIND CASE WHEN $ids IS NULL AND $person IS NULL THEN [true] ELSE [] END AS everything
    MATCH (n:Entity)-[:HAS_VERSION]->(v:Version)
    RETURN n, v
  }
  WITH n, v WHERE ($ids IS NULL OR n.id IN $ids) AND ($person IS NULL OR n.id = $person)
  WITH n, v ORDER BY n.id, v.dataset
  WITH n, collect(v {.*,
    evidence: [(n)-[r:EVIDENCED_BY]->(ev:Evidence) WHERE r.dataset = v.dataset | ev {.sourceId, .start, .end, .quote, dataset: r.dataset,
      source: [(ev)-[:FROM_SOURCE]->(s:Source) | s.title][0],
      publisher: [(ev)-[:FROM_SOURCE]->(:Source)-[:PUBLISHED_BY]->(o:Entity) | o.name][0]}]
  }) AS versions
  ORDER BY n.id LIMIT 501
  RETURN collect({node: n {.*, labels: labels(n)}, versions: versions}) AS versioned
}
CALL () {
  CALL () {
    UNWIND CASE WHEN $ids IS NULL THEN [$person] ELSE $ids END AS id
    MATCH (speaker:Entity {id: id})
    RETURN speaker
    UNION
    UNWIND CASE WHEN $ids IS NULL AND $person IS NULL THEN [true] ELSE [] END AS everything
    MATCH (speaker:Entity)
    RETURN speaker
  }
  WITH speaker WHERE ($person IS NULL OR speaker.id = $person) AND ($ids IS NULL OR speaker.id IN $ids)
  MATCH (speaker)-[:MADE]->(a:Statement)-[ra:ABOUT]->(ta:Entity)
  MATCH (speaker)-[:MADE]->(b:Statement)-[rb:ABOUT]->(tb:Entity)
  WHERE a.id < b.id AND ra.stance <> rb.stance
    AND coalesce(ta.cluster, ta.id) = coalesce(tb.cluster, tb.id)
    AND none(d IN coalesce(a.datasets, []) WHERE d IN coalesce(b.datasets, []))
  WITH speaker, a, ra, ta, b, rb, tb ORDER BY speaker.id, a.id, b.id, ta.id, tb.id LIMIT 501
  RETURN collect({
    speaker: speaker {.*, labels: labels(speaker)},
    sides: [
      {statement: a {.*, labels: labels(a)}, about: ra {.*}, target: ta {.*, labels: labels(ta)}},
      {statement: b {.*, labels: labels(b)}, about: rb {.*}, target: tb {.*, labels: labels(tb)}}
    ]
  }) AS words
}
RETURN clusters[0..500] AS clusters, size(clusters) > 500 AS clustersCapped,
       versioned[0..500] AS versioned, size(versioned) > 500 AS versionedCapped,
       words[0..500] AS words, size(words) > 500 AS wordsCapped
