/**
 * The floor of the API benchmark: the same questions as raw Cypher through neo4j-driver, behind
 * the thinnest HTTP server Node has (POST {question, params} -> the records as JSON). What any
 * API must at least spend: a round trip to Neo4j, and JSON both ways.
 * Environment: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, PORT.
 */
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { toNeo4j } from '../../src/neo4j/index.js';
import { toPlain } from '../../src/queries/index.js';
import { QUESTIONS, rawCypher } from './questions.js';

const env = process.env;
const driver = neo4j.driver(
  env.NEO4J_URI ?? '',
  neo4j.auth.basic(env.NEO4J_USERNAME ?? 'neo4j', env.NEO4J_PASSWORD ?? ''),
);
const database = env.NEO4J_DATABASE ?? 'neo4j';
const cypher = new Map(QUESTIONS.map((q) => [q.name, rawCypher(q)]));

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    const { question, params } = JSON.parse(body) as {
      question: string;
      params: Record<string, unknown>;
    };
    driver
      .executeQuery(
        cypher.get(question) ?? 'RETURN 1',
        toNeo4j(params) as Record<string, unknown>,
        { database, routing: neo4j.routing.READ },
      )
      .then((result) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ data: result.records.map((record) => toPlain(record.toObject())) }),
        );
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      });
  });
});
server.listen(Number(env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(
    `READY http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/\n`,
  );
});
