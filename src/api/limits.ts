import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApiContext } from './context.js';

/** Limits checked before execution: a query over any of them never reaches the database. */
export const API_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxCost: 5000,
  maxDirectives: 20,
  bodyBytes: '64kb',
} as const;

export type Protection = Omit<ReturnType<ApolloArmor['protect']>, 'plugins'> & {
  plugins: ApolloServerPlugin<ApiContext>[];
};

/** graphql-armor's depth, alias, cost and directive limits, as Apollo options. */
export function protection(): Protection {
  const armor = new ApolloArmor({
    maxDepth: { n: API_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: API_LIMITS.maxAliases },
    // Tokens are limited by graphql-js's own parser (parseOptions in server.ts): armor's token
    // plugin re-parses inside an Apollo hook, which turns a plain syntax error into a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: API_LIMITS.maxCost, ignoreIntrospection: true },
    maxDirectives: { n: API_LIMITS.maxDirectives },
  });
  const protect = armor.protect();
  return {
    ...protect,
    // graphql-armor's types name Apollo's CommonJS build and ours its ES build: the same plugin
    // objects at run time, two declarations to TypeScript.
    plugins: protect.plugins as unknown as ApolloServerPlugin<ApiContext>[],
  };
}
