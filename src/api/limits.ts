import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApiContext } from './context.js';
import { COST, costLimitPlugin } from './cost.js';

/** Limits checked before execution: a query over any of them never reaches the database. */
export const API_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  /** What a query may cost: the objects its answer may hold (cost.ts). */
  maxCost: COST.max,
  maxDirectives: 20,
  bodyBytes: '64kb',
} as const;

export type Protection = Omit<ReturnType<ApolloArmor['protect']>, 'plugins'> & {
  plugins: ApolloServerPlugin<ApiContext>[];
};

/** graphql-armor's depth, alias and directive limits, and our cost limit, as Apollo options. */
export function protection(): Protection {
  const armor = new ApolloArmor({
    maxDepth: { n: API_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: API_LIMITS.maxAliases },
    // Tokens are limited by graphql-js's own parser (parseOptions in server.ts): armor's token
    // plugin re-parses inside an Apollo hook, which turns a plain syntax error into a 500.
    maxTokens: { enabled: false },
    // armor's cost is a validation rule: it cannot see variables (`first: $n` cost as 1), knows
    // no list but `first`, and fails as "Syntax Error" naming neither fields nor what to change.
    // cost.ts prices what the answer may hold and says what costs most.
    costLimit: { enabled: false },
    maxDirectives: { n: API_LIMITS.maxDirectives },
    // The schema is public (introspection is on, the SDL is in the repository): hiding
    // graphql-js's "Did you mean …?" would only hide the fix from the client.
    blockFieldSuggestion: { enabled: false },
  });
  const protect = armor.protect();
  return {
    ...protect,
    // graphql-armor's types name Apollo's CommonJS build and ours its ES build: the same plugin
    // objects at run time, two declarations to TypeScript.
    plugins: [
      ...(protect.plugins as unknown as ApolloServerPlugin<ApiContext>[]),
      costLimitPlugin(API_LIMITS.maxCost),
    ],
  };
}
