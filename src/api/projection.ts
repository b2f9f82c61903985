import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { NodeRecord, RelRecord } from './records.js';

/**
 * Which node and relationship properties a request's reads project (cypher `$fields`), so that
 * only what the query can use travels from Neo4j, as @neo4j/graphql's map projections do.
 *
 * The names come from the SCHEMA, never from the client: a validated document names only schema
 * fields, and each name is also checked against the schema's field names (the whitelist) before
 * it is used. One set serves the whole request (every level, every alias): the DataLoaders cache
 * records by id, so a record fetched for one part of the query must carry what any other part
 * asks of it. `null` means every property (`n {.*}`): asked by fields that read a record whole.
 * Nodes and relationships have their own lists (a relationship is read only through the types
 * that wrap one: Participant, About, Recusal, SpokeFor).
 */
export type Fields = { node: readonly string[]; rel: readonly string[] } | null;

/**
 * The GraphQL types whose parent record is a relationship (rel) read by neighbours.cypher. A new
 * type that wraps a relationship must be listed here, with READS for every field whose resolver
 * reads another property than its own name: an unlisted one would read nothing (a unit test
 * checks each such type answers alike with and without projection).
 */
const REL_TYPES = new Set([
  'Participant',
  'About',
  'Recusal',
  'SpokeFor',
  'GroupCountry',
  'Concern',
  'Demand',
]);

/** Read from every relationship: the curator's order, by which lists such as Group.countries sort. */
const REL_ALWAYS = ['position'];

/** Read by every request: a node's type (kind), its same-as cluster, claims, the leading member. */
const ALWAYS = ['id', 'kind', 'cluster', 'claimedBy', 'datePrecision'];

/**
 * How a PartialDate named `date` is stored: `date`, `datePrecision`, … (records.ts partialDate):
 * the value always (without it there is no date), and each part the document asks of any date.
 */
const datePart = (part: string) =>
  part === 'value' ? '' : `${part.charAt(0).toUpperCase()}${part.slice(1)}`;
/** A relationship's evidence, as parallel lists on it (records.ts relEvidence). */
const EVIDENCE = ['evidenceQuotes', 'evidenceSourceIds', 'evidenceStarts', 'evidenceEnds'];

/** Fields whose resolvers read other properties than their own name (see resolvers/). */
const READS: Record<string, readonly string[]> = {
  'Participant.evidence': EVIDENCE,
  'About.evidence': EVIDENCE,
  'Recusal.evidence': EVIDENCE,
  'SpokeFor.evidence': EVIDENCE,
  'Recusal.id': ['recusalId'],
  'Recusal.statement': ['statementId'],
  'SpokeFor.statements': ['statementIds'],
  'GroupCountry.isClaim': ['claim'],
  'GroupCountry.claimedBy': ['claimedBy'],
  'GroupCountry.evidence': EVIDENCE,
  'Concern.statement': ['statementId'],
  'Concern.evidence': EVIDENCE,
  'Demand.id': ['demandId'],
  'Demand.from': ['matterId'],
  'Demand.statement': ['statementId', 'demandId'],
  'Demand.evidence': EVIDENCE,
};

/**
 * Fields whose resolvers read a record whole (a version's every property, its dataset): a
 * request that asks any of them projects every property.
 */
const WHOLE = new Set(['versions', 'sameAs', 'conflicts', 'fields', 'dataset', 'props']);

export interface Projection {
  /** The properties a document's reads project; cached per parsed document. */
  of(document: DocumentNode): Fields;
}

/** The properties a field of these types may read: leaf fields by name, dates expanded, READS. */
function propertiesOf(schema: GraphQLSchema, types: (name: string) => boolean) {
  const properties = new Map<string, Set<string>>();
  const dates = new Map<string, string>();
  const add = (name: string, property: string) =>
    properties.set(name, (properties.get(name) ?? new Set()).add(property));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !types(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const key = `${type.name}.${field.name}`;
      if (isLeafType(named)) add(key, field.name);
      if (named.name === 'PartialDate') dates.set(key, field.name);
      for (const extra of READS[key] ?? []) add(key, extra);
    }
  }
  return { properties, dates };
}

/** Built once per schema, at startup: what each field name may read (the whitelist). */
export function projection(schema: GraphQLSchema): Projection {
  const isNode = (name: string) =>
    schema.getImplementations(schema.getType('Node') as never).objects.some((t) => t.name === name);
  const nodes = propertiesOf(schema, isNode);
  const rels = propertiesOf(schema, (name) => REL_TYPES.has(name));
  const cache = new WeakMap<DocumentNode, Fields>();
  const compute = (document: DocumentNode): Fields => {
    const asked = fieldsAsked(schema, document);
    if ([...asked].some((key) => WHOLE.has(key.slice(key.indexOf('.') + 1)))) return null;
    const node = new Set(ALWAYS);
    const rel = new Set<string>(REL_ALWAYS);
    const parts = ['', ...[...asked].filter((key) => key.startsWith('PartialDate.'))].map((key) =>
      datePart(key.slice('PartialDate.'.length)),
    );
    // Only names the schema maps to properties: never a name the client made up.
    const take = (key: string, of: ReturnType<typeof propertiesOf>, into: Set<string>) => {
      for (const property of of.properties.get(key) ?? []) into.add(property);
      const date = of.dates.get(key);
      if (date !== undefined) for (const part of parts) into.add(`${date}${part}`);
    };
    for (const key of asked) {
      take(key, nodes, node);
      take(key, rels, rel);
    }
    return { node: [...node].sort(), rel: [...rel].sort() };
  };
  return {
    of(document) {
      let fields = cache.get(document);
      if (fields === undefined) {
        fields = compute(document);
        cache.set(document, fields);
      }
      return fields;
    },
  };
}

/**
 * Every field a document selects, as `Type.field`, on the object types it may be asked of (a
 * field of an interface, on each type implementing it). Unknown fields (no parent type) are left
 * out: the document is validated before this runs.
 */
function fieldsAsked(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const found = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        const types = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent];
        for (const type of types) found.add(`${type.name}.${node.name.value}`);
      },
    }),
  );
  return found;
}

/** A projected node as the reads return it: {labels, values} (or the whole node for null). */
export function nodeOf(raw: unknown, fields: Fields): NodeRecord {
  if (fields === null) return raw as NodeRecord;
  const { labels, values } = raw as { labels: string[]; values: unknown[] };
  const node = zip(fields.node, values) as NodeRecord;
  node.labels = labels;
  return node;
}

/** A projected relationship: {values} (or the whole relationship for null). */
export function relOf(raw: unknown, fields: Fields): RelRecord {
  if (fields === null) return raw as RelRecord;
  return zip(fields.rel, (raw as { values: unknown[] }).values);
}

/** As `n {.*}` gives them: absent properties are left out, not null. */
function zip(fields: readonly string[], values: unknown[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i += 1) {
    const value = values[i];
    if (value !== null && value !== undefined) record[fields[i] as string] = value;
  }
  return record;
}
