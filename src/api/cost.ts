import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isAbstractType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { LIMITS, PATHS_DEFAULT_FIRST } from './args.js';
import type { ApiContext } from './context.js';

/**
 * The cost of a query is the number of objects its answer may hold: every node, edge, date,
 * evidence span or path step counts 1, scalars nothing (they come with their object). A list
 * multiplies what it holds by its length: a page by its `first` (the variable's value when
 * `first` is a variable; the default when absent), any other list by LIST_ITEMS, a typical
 * length of the curated lists (a node's evidence, an event's participants, a statement's
 * `about`: 1 to 3 in the report). On an interface or union, the costliest type counts.
 */
export const COST = {
  /** What a list without `first` is counted as. */
  listItems: 5,
  /**
   * The most a query may cost: an answer of up to 10,000 objects (a few MB of JSON). The largest
   * pages with evidence fit: 100 statements with every field, their `about` (with evidence) and
   * their evidence, each quote with its source, cost 7,602; 100 meetings with participants and
   * evidence likewise, 7,501. A page of 100 with two levels of nested lists under it (100 people,
   * their meetings, each meeting's participants: 11,701) is refused; with first: 50 it fits.
   * tests/e2e/api-cost.test.ts holds these queries.
   */
  max: 10_000,
} as const;

/** A list the query asks for, and what it costs with everything under it. */
export interface FieldCost {
  /** Response keys from the root, e.g. `people.edges.node.meetings` (aliases as written). */
  path: string;
  /** How many of it the answer may hold. */
  items: number;
  /** Those items and everything under them. */
  cost: number;
}

export interface QueryCost {
  cost: number;
  /** Every list of objects the query asks for, costliest first. */
  fields: FieldCost[];
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  operation: OperationDefinitionNode;
}

/** The cost of the operation, before it runs, with the variables it was sent. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): QueryCost {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, fields: [] };
  const walk = { schema, fragments, variables, operation };
  const result = selectionCost(walk, root, [operation.selectionSet], 1, '', undefined);
  return { cost: result.cost, fields: result.fields.sort((a, b) => b.cost - a.cost) };
}

/** A selection on a type: on an interface or union, that of its costliest possible type. */
function selectionCost(
  walk: Walk,
  type: GraphQLCompositeType,
  sets: SelectionSetNode[],
  multiplier: number,
  path: string,
  page: number | undefined,
): QueryCost {
  const types = isAbstractType(type) ? walk.schema.getPossibleTypes(type) : [type];
  let costliest: QueryCost = { cost: 0, fields: [] };
  for (const objectType of types.filter(isObjectType)) {
    const fields = collectFields(walk, objectType, sets);
    let cost = 0;
    const all: FieldCost[] = [];
    for (const [key, nodes] of fields) {
      const field = fieldCost(walk, objectType, key, nodes, multiplier, path, page);
      cost += field.cost;
      all.push(...field.fields);
    }
    if (cost > costliest.cost) costliest = { cost, fields: all };
  }
  return costliest;
}

function fieldCost(
  walk: Walk,
  parent: GraphQLObjectType,
  key: string,
  nodes: FieldNode[],
  multiplier: number,
  path: string,
  page: number | undefined,
): QueryCost {
  const node = nodes[0] as FieldNode;
  const definition = parent.getFields()[node.name.value];
  // Introspection (__schema, __typename) is bounded by the schema itself, and a leaf comes with its object.
  if (!definition || isLeafType(getNamedType(definition.type))) return { cost: 0, fields: [] };
  const first = firstArgument(walk, node);
  const takesFirst = definition.args.some((arg) => arg.name === 'first');
  const defaultFirst = node.name.value === 'paths' ? PATHS_DEFAULT_FIRST : LIMITS.first.default;
  const isList = isListType(getNullableType(definition.type));
  const length = isList
    ? (first ??
      (takesFirst ? defaultFirst : undefined) ??
      (node.name.value === 'edges' ? page : undefined))
    : 1;
  const items = multiplier * (length ?? COST.listItems);
  // A connection's `first` is the length of its `edges`.
  const childPage = !isList && takesFirst ? (first ?? defaultFirst) : undefined;
  const here = path ? `${path}.${key}` : key;
  const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  const below = selectionCost(
    walk,
    getNamedType(definition.type) as GraphQLCompositeType,
    sets,
    items,
    here,
    childPage,
  );
  const cost = items + below.cost;
  // Lists are where cost multiplies, and what a client can shorten or drop.
  return { cost, fields: isList ? [{ path: here, items, cost }, ...below.fields] : below.fields };
}

/** The `first` argument's value (a literal or a variable's), within the allowed range; undefined when absent. */
function firstArgument(walk: Walk, node: FieldNode): number | undefined {
  const argument = node.arguments?.find((arg) => arg.name.value === 'first');
  if (!argument) return undefined;
  const value = valueOf(walk, argument.value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  // Out of range is refused with BAD_USER_INPUT by the argument checks: price what may run.
  return Math.min(Math.max(Math.trunc(value), LIMITS.first.min), LIMITS.first.max);
}

function valueOf(walk: Walk, value: ValueNode): unknown {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind !== Kind.VARIABLE) return undefined;
  const name = value.name.value;
  if (name in walk.variables) return walk.variables[name];
  const declared = walk.operation.variableDefinitions?.find((d) => d.variable.name.value === name);
  return declared?.defaultValue ? valueOf(walk, declared.defaultValue) : undefined;
}

/**
 * The fields a selection asks of an object type, by response key, through fragments whose type
 * applies (as GraphQL merges them: a field asked twice is answered once).
 */
function collectFields(
  walk: Walk,
  type: GraphQLObjectType,
  sets: SelectionSetNode[],
  into = new Map<string, FieldNode[]>(),
  visited = new Set<string>(),
): Map<string, FieldNode[]> {
  for (const selection of sets.flatMap((set) => set.selections)) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(walk, type, selection.typeCondition?.name.value))
        collectFields(walk, type, [selection.selectionSet], into, visited);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment || visited.has(fragment.name.value)) continue;
      visited.add(fragment.name.value);
      if (applies(walk, type, fragment.typeCondition.name.value))
        collectFields(walk, type, [fragment.selectionSet], into, visited);
    }
  }
  return into;
}

function applies(walk: Walk, type: GraphQLObjectType, condition: string | undefined): boolean {
  if (!condition) return true;
  const conditionType = typeFromAST(walk.schema, {
    kind: Kind.NAMED_TYPE,
    name: { kind: Kind.NAME, value: condition },
  });
  if (!conditionType) return false;
  if (conditionType === type) return true;
  return isAbstractType(conditionType) && walk.schema.isSubType(conditionType, type);
}

/** How many of the costliest fields the error names. */
const NAMED_FIELDS = 3;

/** The client's error: the cost, the limit, and the fields that cost most, with what to do. */
export function costLimitError(cost: QueryCost, limit: number): GraphQLError {
  const costliest = cost.fields.slice(0, NAMED_FIELDS);
  const named = costliest
    .map((f) => `${f.path} (${f.cost.toLocaleString('en')}: ${f.items.toLocaleString('en')} items)`)
    .join(', ');
  return new GraphQLError(
    `Query cost ${cost.cost.toLocaleString('en')} is over the limit of ${limit.toLocaleString('en')}. ` +
      `The cost counts the objects an answer may hold: a page as many as its first (default ${LIMITS.first.default}), ` +
      `any other list ${COST.listItems} each. Costliest: ${named}. ` +
      'Ask for a smaller page (first), fewer nested lists, or split the query.',
    {
      extensions: {
        code: 'COST_LIMIT',
        cost: cost.cost,
        limit,
        costliest,
        // Apollo sends this status and strips it from the error.
        http: { status: 400 },
      },
    },
  );
}

/**
 * Refuses a query over the cost limit before it runs. A plugin rather than a validation rule:
 * validation sees no variables, and `first: $n` must cost what $n asks for.
 */
export function costLimitPlugin(limit: number = COST.max): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, operation, request }) => {
          if (!operation) return Promise.resolve();
          const cost = queryCost(schema, document, operation, request.variables ?? {});
          if (cost.cost > limit) return Promise.reject(costLimitError(cost, limit));
          return Promise.resolve();
        },
      }),
  };
}
