import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
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

/** The limits graphql-armor checks, each with its stable code and what a client can change. */
export const ARMOR_LIMITS = {
  depth: {
    code: 'DEPTH_LIMIT',
    what: 'Query depth',
    limit: API_LIMITS.maxDepth,
    fix: 'Nest fewer selections (ask for ids and follow them with node(id:) in another query), or split the query.',
  },
  aliases: {
    code: 'ALIAS_LIMIT',
    what: 'Aliases',
    limit: API_LIMITS.maxAliases,
    fix: 'Use fewer aliased fields in one query, or send several queries.',
  },
  directives: {
    code: 'DIRECTIVE_LIMIT',
    what: 'Directives',
    limit: API_LIMITS.maxDirectives,
    fix: 'Use fewer directives (@include, @skip) in one query, or split the query.',
  },
} as const;

export type ArmorLimit = keyof typeof ARMOR_LIMITS;

/**
 * The client's error for a query over a graphql-armor limit: a stable code, the limit, the value
 * found and what to change (armor's own says "Syntax Error", which it is not).
 */
export function armorLimitError(kind: ArmorLimit, actual: number): GraphQLError {
  const { code, what, limit, fix } = ARMOR_LIMITS[kind];
  return new GraphQLError(`${what} ${actual} is over the limit of ${limit}. ${fix}`, {
    extensions: { code, limit, actual, http: { status: 400 } },
  });
}

/**
 * Armor reports the value it found only in its message (`… exceeded, found 12.`), the same in
 * every version we pin; a message without it is reported as the limit plus one, never lost.
 */
export function foundIn(message: string, limit: number): number {
  const found = /found (\d+)/.exec(message)?.[1];
  return found === undefined ? limit + 1 : Number(found);
}

/** Armor's options for one limit: its rejection replaced by our typed error. */
function typed(kind: ArmorLimit) {
  const limit = ARMOR_LIMITS[kind].limit;
  return {
    n: limit,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(armorLimitError(kind, foundIn(error.message, limit))),
    ],
  };
}

/** graphql-armor's depth, alias and directive limits, and our cost limit, as Apollo options. */
export function protection(): Protection {
  const armor = new ApolloArmor({
    maxDepth: { ...typed('depth'), ignoreIntrospection: true },
    maxAliases: typed('aliases'),
    // Tokens are limited by graphql-js's own parser (parseOptions in server.ts): armor's token
    // plugin re-parses inside an Apollo hook, which turns a plain syntax error into a 500.
    maxTokens: { enabled: false },
    // armor's cost is a validation rule: it cannot see variables (`first: $n` cost as 1), knows
    // no list but `first`, and fails as "Syntax Error" naming neither fields nor what to change.
    // cost.ts prices what the answer may hold and says what costs most.
    costLimit: { enabled: false },
    maxDirectives: typed('directives'),
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
