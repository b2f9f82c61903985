// Testimony's schema: unique ids for every kind of node, and the indexes the queries use.
// Applied by `npm start` and the seed loader, statement by statement; every statement is
// idempotent (IF NOT EXISTS), so applying the file twice leaves the same schema. An index that
// exists under its name with another definition (labels, properties, kind or analyzer, e.g. one
// made by an older version of this file) is dropped and created again (src/neo4j/schema.ts).
// Statements end with a semicolon at the end of a line.

// Every curated node is an :Entity with one id, unique across kinds (the loader MERGEs on it).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
// One dataset's version of a node several datasets define: `<node id>@<dataset>`.
CREATE CONSTRAINT version_id IF NOT EXISTS FOR (n:Version) REQUIRE n.id IS UNIQUE;

// Per-kind ids, so that `MATCH (p:Person {id: $id})` is an index seek too.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT matter_id IF NOT EXISTS FOR (n:Matter) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT proposition_id IF NOT EXISTS FOR (n:Proposition) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Analysts look people up by name, and events and statements up by date.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
// A node by its name or an alias, in any case (entity-by-name.cypher): the loader stores them
// in lower case in nameKeys, and each key is one exact term (keyword analyzer), so a lookup is
// one index seek instead of lowercasing every node. (A range index seeks no member of a list.)
CREATE FULLTEXT INDEX name_keys IF NOT EXISTS
FOR (n:Entity)
ON EACH [n.nameKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// Denials (contradictions.cypher) and stance filters (statements.cypher) seek on the stance.
CREATE INDEX about_stance IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.stance);
// Meetings (meetings.cypher) are the events of this kind.
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateStart);
// The loader, meetings.cypher and conflicts.cypher find a same-as cluster's events by the cluster's id.
CREATE INDEX event_cluster IF NOT EXISTS FOR (n:Event) ON (n.cluster);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.saidAtStart);

// Full-text search (cypher/queries/search.cypher), English analyzer: lower case, stop words
// dropped, Porter stemming, so "Russians" finds "Russian" and "recuse" finds "recusal". Several
// indexes, because search ranks by what matched (a name above a title, a description, what was
// said, a quote of the evidence) and because Source.text, the whole report, must not be searched.
// Names, aliases, titles (Role, Source) and descriptions, queried one field at a time.
CREATE FULLTEXT INDEX testimony_search IF NOT EXISTS
FOR (n:Person|Organization|Country|Group|Matter|Event|Role|Source)
ON EACH [n.name, n.aliases, n.title, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
// What statements say, and the propositions they deny or assert.
CREATE FULLTEXT INDEX testimony_search_text IF NOT EXISTS
FOR (n:Statement|Proposition)
ON EACH [n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
// Each dataset's own description of a shared person, organization or country (a hit is the node,
// never the Version): the node keeps only its preferred version's, and another report's words
// should find it too. Other versions' names and aliases are already among the node's aliases.
CREATE FULLTEXT INDEX testimony_search_versions IF NOT EXISTS
FOR (n:Version)
ON EACH [n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
// The report's words quoted as evidence (a hit is the node the quote supports).
CREATE FULLTEXT INDEX testimony_search_quotes IF NOT EXISTS
FOR (n:Evidence)
ON EACH [n.quote]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};

// The seed's lock (src/loader/lock.ts): a seed MERGEs and deletes (:SeedLock {id: 'seed'}) as the
// first statement of its transaction. The unique constraint makes the MERGE lock the index entry
// until the transaction ends, so a second seed waits for the first to commit or roll back; no
// node is left behind, and a killed seed's lock goes with its rolled-back transaction.
CREATE CONSTRAINT seed_lock_id IF NOT EXISTS FOR (n:SeedLock) REQUIRE n.id IS UNIQUE;
