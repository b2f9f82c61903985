import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { PATHS } from '../paths.js';
import { conflictResolvers } from './resolvers/conflicts.js';
import { nodeResolvers } from './resolvers/nodes.js';
import { queryResolvers } from './resolvers/query.js';
import { DateScalar } from './scalars.js';

export const SDL_DIR = PATHS.graphql;

/** The SDL, from graphql/*.graphql (the contract), in a stable order. */
export function readTypeDefs(): string[] {
  return readdirSync(SDL_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(SDL_DIR, name), 'utf8'));
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers: [{ Date: DateScalar }, nodeResolvers, queryResolvers, conflictResolvers],
    // Every field must have a resolver or a same-named property; a typo is an error at start-up.
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
