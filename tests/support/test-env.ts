/** The test instance of the local server: its own ports and data folder (.neo4j/instances/test). */
export const TEST_INSTANCE_ENV = {
  TESTIMONY_NEO4J_INSTANCE: 'test',
  TESTIMONY_NEO4J_BOLT_PORT: '17687',
  TESTIMONY_NEO4J_HTTP_PORT: '17474',
} as const;
