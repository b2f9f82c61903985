/**
 * The peer API for the benchmark: @neo4j/graphql 7 on Apollo Server's standalone HTTP server.
 * Environment: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, PORT.
 * Prints "READY <url>" when it answers.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { peerTypeDefs } from './peer-typedefs.js';

const env = process.env;
const driver = neo4j.driver(
  env.NEO4J_URI ?? '',
  neo4j.auth.basic(env.NEO4J_USERNAME ?? 'neo4j', env.NEO4J_PASSWORD ?? ''),
);
const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(env.PORT ?? 0), host: '127.0.0.1' },
  context: () => Promise.resolve({ sessionConfig: { database: env.NEO4J_DATABASE ?? 'neo4j' } }),
});
process.stdout.write(`READY ${url}\n`);
