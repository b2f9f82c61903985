import {
  getNamedType,
  isObjectType,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type SelectionSetNode,
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
 */
export type Fields = readonly string[] | null;

/** Read by every request: a node's type (kind), its same-as cluster, claims, the leading member. */
const ALWAYS = ['id', 'kind', 'cluster', 'claimedBy', 'datePrecision'];

/** How a PartialDate named `date` is stored: `date`, `datePrecision`, … (records.ts partialDate). */
const DATE_SUFFIXES = [
  '',
  'Precision',
  'Start',
  'End',
  'Text',
  'Inferred',
  'InferredFrom',
  'Approximate',
  'SortKey',
];
/** A relationship's evidence, as parallel lists on it (records.ts relEvidence). */
const EVIDENCE = ['evidenceQuotes', 'evidenceSourceIds', 'evidenceStarts', 'evidenceEnds'];

/** Fields whose resolvers read other properties than their own name (see resolvers/). */
const READS: Record<string, readonly string[]> = {
  evidence: EVIDENCE,
  id: ['recusalId'], // Recusal.id
  statement: ['statementId'], // Recusal.statement
  statements: ['statementIds'], // SpokeFor.statements
  summary: ['name', 'text'], // TimelineEntry.summary
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

/** Built once per schema, at startup: the field names (the whitelist) and which are dates. */
export function projection(schema: GraphQLSchema): Projection {
  const names = new Set<string>();
  const dates = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      names.add(field.name);
      if (getNamedType(field.type).name === 'PartialDate') dates.add(field.name);
    }
  }
  const cache = new WeakMap<DocumentNode, Fields>();
  const compute = (document: DocumentNode): Fields => {
    const asked = fieldNames(document);
    if ([...asked].some((name) => WHOLE.has(name))) return null;
    const fields = new Set(ALWAYS);
    for (const name of asked) {
      if (!names.has(name)) continue; // not a schema field: never a property name
      fields.add(name);
      for (const extra of READS[name] ?? []) fields.add(extra);
      if (dates.has(name)) for (const suffix of DATE_SUFFIXES) fields.add(`${name}${suffix}`);
    }
    return [...fields].sort();
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

/** Every field name a document selects, in any operation or fragment. */
function fieldNames(document: DocumentNode): Set<string> {
  const found = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) found.add(selection.name.value);
      if (selection.kind !== Kind.FRAGMENT_SPREAD) visit(selection.selectionSet);
    }
  };
  for (const definition of document.definitions)
    if (
      definition.kind === Kind.OPERATION_DEFINITION ||
      definition.kind === Kind.FRAGMENT_DEFINITION
    )
      visit(definition.selectionSet);
  return found;
}

/** A projected node as the reads return it: {id, labels, values} (or the whole node for null). */
export function nodeOf(raw: unknown, fields: Fields): NodeRecord {
  if (fields === null) return raw as NodeRecord;
  const { labels, values } = raw as { labels: string[]; values: unknown[] };
  return { ...zip(fields, values), labels } as NodeRecord;
}

/** A projected relationship: {values} (or the whole relationship for null). */
export function relOf(raw: unknown, fields: Fields): RelRecord {
  if (fields === null) return raw as RelRecord;
  return zip(fields, (raw as { values: unknown[] }).values);
}

/** As `n {.*}` gives them: absent properties are left out, not null. */
function zip(fields: readonly string[], values: unknown[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  fields.forEach((field, i) => {
    const value = values[i];
    if (value !== null && value !== undefined) record[field] = value;
  });
  return record;
}
