/**
 * The Neo4j versions Testimony runs, pinned in one place. neo4j/pom.xml and docker-compose.yml
 * repeat them because Maven and Compose cannot import TypeScript; tests/unit/versions.test.ts
 * fails if they drift apart.
 */
export const NEO4J_VERSION = '5.26.30';
export const NEO4J_BROWSER_VERSION = '5.24.0';
export const NEO4J_DOCKER_IMAGE = `neo4j:${NEO4J_VERSION}-community`;
/** Neo4j 5.26 runs on Java 17 and 21 only. */
export const SUPPORTED_JAVA_MAJORS = [17, 21] as const;
