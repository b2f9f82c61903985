// Testimony's schema: unique ids for every kind of node, and the indexes the queries use.
// Applied by `npm start` and the seed loader, statement by statement; every statement is
// idempotent (IF NOT EXISTS), so applying the file twice leaves the same schema.
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
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Analysts look people up by name, and events and statements up by date.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateStart);
// The loader, meetings.cypher and conflicts.cypher find a same-as cluster's events by the cluster's id.
CREATE INDEX event_cluster IF NOT EXISTS FOR (n:Event) ON (n.cluster);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.saidAtStart);

// Full text over names, aliases and what was said.
CREATE FULLTEXT INDEX testimony_search IF NOT EXISTS
FOR (n:Person|Organization|Group|Country|Matter|Event|Statement)
ON EACH [n.name, n.aliases, n.text];
