import { dateSortKey, parseDateValue, speakerKindOf } from '../domain/index.js';
import { invariant } from '../errors.js';
import type { DateField } from './day-properties.js';
import { deriveMeetings, deriveSpokeFor, type MeetingMember, type Span } from './derive.js';
import {
  KINDS,
  prefixOf,
  type Dataset,
  type PartialDateInput,
  representsLink,
  type QuoteSelectorInput,
  type Statement,
} from './schema.js';
import { sentenceAround, sentenceStarts } from './sentences.js';
import type { ValidDataset } from './validate.js';

/**
 * Turns a valid dataset into the rows the loader writes: nodes, evidence spans, relationships.
 * Pure and deterministic (same file, same rows), which is what makes the loader idempotent.
 * MET_WITH and SPOKE_FOR are derived here from meetings and statements, never curated,
 * so that they cannot disagree with the events they summarise. Rows are plain values; the
 * loader turns them into store types (see day-properties.ts).
 */

export type PropValue = string | number | boolean | string[] | number[];
export type Props = Record<string, PropValue>;

export interface EvidenceRow {
  id: string;
  sourceId: string;
  start: number;
  end: number;
  quote: string;
  /** The sentence the quote sits in, and where (see sentences.ts); absent without the source text. */
  sentence?: string;
  sentenceStart?: number;
  sentenceEnd?: number;
}
export interface NodeRow {
  id: string;
  label: string;
  props: Props;
  evidenceIds: string[];
}
export interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  props: Props;
}

export interface GraphRows {
  dataset: string;
  nodes: NodeRow[];
  evidence: EvidenceRow[];
  relationships: RelationshipRow[];
}

/** RFC 5147 fragment: the span's id says where it is. */
export const evidenceId = (sourceId: string, start: number, end: number) =>
  `${sourceId}#char=${start},${end}`;

export function compileDataset(valid: ValidDataset): GraphRows {
  const builder = new RowBuilder(valid);
  builder.addNodes();
  builder.addRelationships();
  return builder.rows();
}

/**
 * Flattens a partial date into properties named after the field: date, datePrecision, dateStart,
 * …, and dateSortKey, the one order every query sorts by (see dateSortKey in src/domain/dates.ts).
 */
export function dateProps(prefix: DateField, date: PartialDateInput | undefined): Props {
  if (!date) return {};
  const range = parseDateValue(date.value);
  const sortKey = dateSortKey(date.value);
  invariant(
    typeof range !== 'string' && sortKey !== undefined,
    `${date.value} passed validation but does not parse`,
  );
  const props: Props = {
    [prefix]: date.value,
    [`${prefix}Precision`]: range.precision,
    [`${prefix}SortKey`]: sortKey,
    [`${prefix}Inferred`]: date.inferred !== undefined,
  };
  if (range.start) props[`${prefix}Start`] = range.start;
  if (range.end) props[`${prefix}End`] = range.end;
  if (date.text) props[`${prefix}Text`] = date.text;
  if (date.inferred) props[`${prefix}InferredFrom`] = date.inferred;
  if (date.approximate) props[`${prefix}Approximate`] = true;
  return props;
}

/**
 * What a relationship that rests on one event says about the event being only a claim: taking
 * part in a meeting known only from a statement, or its being part of a larger event, is a claim
 * too, with the claiming statement and the report's count words. The same names as on the
 * derived MET_WITH (src/dataset/derive.ts): `claim`, `claimedBy` and `count` (lists, as a
 * MET_WITH may rest on several events), so that a path or a Browser view shows any claim alike.
 */
function claimProps(e: Dataset['events'][number]): Record<string, PropValue | undefined> {
  return {
    claim: e.claimedBy !== undefined,
    claimedBy: e.claimedBy ? [e.claimedBy] : undefined,
    count: e.count ? [e.count] : undefined,
  };
}

/** Drops undefined values and empty lists (Neo4j stores neither). */
function clean(props: Record<string, PropValue | undefined>): Props {
  return Object.fromEntries(
    Object.entries(props).filter(
      ([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  ) as Props;
}

class RowBuilder {
  private readonly nodes: NodeRow[] = [];
  /** Node id -> its evidence ids: relationships borrow their nodes' evidence (a map, not a search, at 100k nodes). */
  private readonly nodeEvidence = new Map<string, string[]>();
  private readonly nodeProps = new Map<string, Props>();
  private readonly relationships: RelationshipRow[] = [];
  private readonly evidence = new Map<string, EvidenceRow>();
  /** Source id -> where its sentences start, worked out once per source text. */
  private readonly sentenceStarts = new Map<string, number[]>();
  private readonly d: Dataset;

  constructor(private readonly valid: ValidDataset) {
    this.d = valid.dataset;
  }

  rows(): GraphRows {
    return {
      dataset: this.d.dataset,
      nodes: this.nodes,
      evidence: [...this.evidence.values()],
      relationships: this.relationships,
    };
  }

  /** Evidence ids for selectors, registering each span once. */
  private spans(selectors: readonly QuoteSelectorInput[] | undefined): string[] {
    const ids: string[] = [];
    for (const selector of selectors ?? []) {
      const anchor = this.valid.anchors.get(selector);
      invariant(anchor, `unanchored evidence ${JSON.stringify(selector)}`);
      const id = evidenceId(anchor.source, anchor.start, anchor.end);
      if (!this.evidence.has(id))
        this.evidence.set(id, {
          id,
          sourceId: anchor.source,
          start: anchor.start,
          end: anchor.end,
          quote: selector.quote,
          ...this.sentenceOf(anchor.source, anchor.start, anchor.end),
        });
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  /** The sentence around a span, computed here once so that reads never scan a source's text. */
  private sentenceOf(sourceId: string, start: number, end: number): Partial<EvidenceRow> {
    const text = this.valid.texts.get(sourceId);
    if (text === undefined) return {};
    let starts = this.sentenceStarts.get(sourceId);
    if (!starts) {
      starts = sentenceStarts(text);
      this.sentenceStarts.set(sourceId, starts);
    }
    const sentence = sentenceAround(text, starts, start, end);
    return { sentence: sentence.text, sentenceStart: sentence.start, sentenceEnd: sentence.end };
  }

  private node(
    id: string,
    props: Record<string, PropValue | undefined>,
    evidence: readonly QuoteSelectorInput[] | undefined,
  ): void {
    const prefix = prefixOf(id);
    invariant(prefix, `id without a known prefix: ${id}`);
    const evidenceIds = this.spans(evidence);
    const cleaned = clean({ id, ...props });
    this.nodes.push({ id, label: KINDS[prefix], props: cleaned, evidenceIds });
    this.nodeProps.set(id, cleaned);
    this.nodeEvidence.set(id, evidenceIds);
  }

  /** A relationship with its evidence spans as parallel lists (relationships cannot point at nodes). */
  private rel(
    type: string,
    from: string,
    to: string,
    props: Record<string, PropValue | undefined>,
    evidence: string[],
  ): void {
    const spans = evidence
      .map((id) => this.evidence.get(id))
      .filter((span): span is EvidenceRow => span !== undefined);
    this.relationships.push({
      type,
      from,
      to,
      props: clean({
        ...props,
        evidenceIds: spans.map((s) => s.id),
        evidenceQuotes: spans.map((s) => s.quote),
        evidenceStarts: spans.map((s) => s.start),
        evidenceEnds: spans.map((s) => s.end),
        evidenceSourceIds: spans.map((s) => s.sourceId),
      }),
    });
  }

  addNodes(): void {
    const d = this.d;
    for (const s of d.sources) {
      this.node(
        s.id,
        {
          title: s.title,
          titleInferred: s.titleInferred,
          kind: s.kind,
          file: s.file,
          text: this.valid.texts.get(s.id),
          ...dateProps('publishedAt', s.publishedAt),
        },
        s.evidence,
      );
    }
    for (const p of d.people)
      this.node(
        p.id,
        {
          name: p.name,
          nameInferred: p.nameInferred,
          aliases: p.aliases,
          description: p.description,
        },
        p.evidence,
      );
    for (const o of d.organizations)
      this.node(
        o.id,
        {
          name: o.name,
          nameInferred: o.nameInferred,
          kind: o.kind,
          aliases: o.aliases,
          description: o.description,
        },
        o.evidence,
      );
    for (const c of d.countries) this.node(c.id, { name: c.name, aliases: c.aliases }, c.evidence);
    for (const g of d.groups)
      this.node(
        g.id,
        { name: g.name, nameInferred: g.nameInferred, description: g.description },
        g.evidence,
      );
    for (const m of d.matters)
      this.node(m.id, { name: m.name, nameInferred: m.nameInferred, kind: m.kind }, m.evidence);
    for (const p of d.propositions) this.node(p.id, { text: p.text }, p.evidence);
    for (const r of d.roles)
      this.node(
        r.id,
        {
          title: r.title,
          name: r.title,
          titleInferred: r.titleInferred,
          claimedBy: r.claimedBy,
          ...dateProps('during', r.during),
        },
        r.evidence,
      );
    for (const e of d.events) {
      this.node(
        e.id,
        {
          name: e.name,
          nameInferred: e.nameInferred,
          kind: e.kind,
          place: e.place,
          partOfInferred: e.partOfInferred,
          count: e.count,
          claimedBy: e.claimedBy,
          ...dateProps('date', e.date),
        },
        e.evidence,
      );
    }
    for (const s of d.statements) {
      this.node(
        s.id,
        {
          text: s.text,
          textKind: s.textKind,
          medium: s.medium,
          speakerKind: speakerKindOf(s.speaker),
          ...dateProps('saidAt', s.saidAt),
        },
        s.evidence,
      );
    }
  }

  addRelationships(): void {
    this.addStructure();
    this.addEvents();
    this.addStatements();
    this.addRecusalsAndDemands();
  }

  /**
   * Whose words draw a matter as concerning something: the statement, and whether they are the
   * speaker's own (a quote) or the report's paraphrase, so both accounts show side by side.
   */
  private concernProps(statementId: string | undefined): Record<string, PropValue | undefined> {
    if (!statementId) return {};
    const statement = this.d.statements.find((s) => s.id === statementId);
    return { statementId, textKind: statement?.textKind };
  }

  private evidenceOf(id: string): string[] {
    return this.nodeEvidence.get(id) ?? [];
  }

  private addStructure(): void {
    for (const s of this.d.sources) {
      if (s.publisher) this.rel('PUBLISHED_BY', s.id, s.publisher, {}, this.evidenceOf(s.id));
      if (s.citedBy) this.rel('CITES', s.citedBy, s.id, {}, this.evidenceOf(s.id));
      for (const cited of s.cites) this.rel('CITES', s.id, cited, {}, this.evidenceOf(s.id));
    }
    for (const g of this.d.groups) {
      if (g.partOf) this.rel('PART_OF', g.id, g.partOf, {}, this.evidenceOf(g.id));
      for (const [position, link] of g.represents.map(representsLink).entries()) {
        // A country only a speaker lists is their claim, marked as a claimed event's links are;
        // `position` keeps the source's order (Flores' list).
        const props = {
          position,
          claim: link.claimedBy !== undefined,
          claimedBy: link.claimedBy ? [link.claimedBy] : undefined,
        };
        const evidence = link.evidence ? this.spans(link.evidence) : this.evidenceOf(g.id);
        this.rel('REPRESENTS', g.id, link.ref, props, evidence);
      }
    }
    for (const m of this.d.matters)
      for (const c of m.concerns) {
        if (typeof c === 'string') this.rel('CONCERNS', m.id, c, {}, this.evidenceOf(m.id));
        else
          this.rel('CONCERNS', m.id, c.ref, this.concernProps(c.statement), this.spans(c.evidence));
      }
    for (const p of this.d.propositions)
      for (const target of p.concerns)
        this.rel('CONCERNS', p.id, target, {}, this.evidenceOf(p.id));
    for (const r of this.d.roles) {
      // A role known only from someone's words is a claim, as a claimed event is (claimProps).
      const props = {
        title: r.title,
        roleId: r.id,
        claim: r.claimedBy !== undefined,
        claimedBy: r.claimedBy ? [r.claimedBy] : undefined,
        ...dateProps('during', r.during),
      };
      this.rel('HOLDS_ROLE', r.holder, r.id, props, this.evidenceOf(r.id));
      if (r.at) this.rel('ROLE_AT', r.id, r.at, props, this.evidenceOf(r.id));
    }
  }

  private addEvents(): void {
    for (const e of this.d.events) {
      const eventEvidence = this.evidenceOf(e.id);
      const claim = claimProps(e);
      if (e.partOf)
        this.rel(
          'PART_OF',
          e.id,
          e.partOf,
          { ...claim, inferred: e.partOfInferred !== undefined, inferredFrom: e.partOfInferred },
          eventEvidence,
        );
      for (const same of e.sameAs) this.rel('SAME_AS', e.id, same, {}, eventEvidence);
      const people: MeetingMember['participants'] = [];
      for (const [position, p] of e.participants.entries()) {
        const evidence = p.evidence ? this.spans(p.evidence) : eventEvidence;
        this.rel(
          'PARTICIPATED_IN',
          p.ref,
          e.id,
          {
            role: p.role,
            position,
            ...claim,
            inferred: p.inferred !== undefined,
            inferredFrom: p.inferred,
          },
          evidence,
        );
        if (prefixOf(p.ref) === 'person')
          people.push({ id: p.ref, evidence: this.spanRows(evidence) });
      }
      if (e.kind !== 'meeting') continue;
      // The loader derives MET_WITH again from the whole graph (same-as clusters span datasets);
      // these rows are what this dataset alone gives, for its counts and dry run.
      const props = this.nodeProps.get(e.id) ?? {};
      const member = {
        id: e.id,
        props: { ...props, datasets: [this.d.dataset] },
        evidence: this.spanRows(eventEvidence),
        participants: people,
      };
      for (const row of deriveMeetings(e.id, [member]))
        this.relationships.push(row as RelationshipRow);
    }
  }

  private spanRows(ids: readonly string[]): Span[] {
    return ids.flatMap((id) => {
      const span = this.evidence.get(id);
      return span
        ? [
            {
              id: span.id,
              quote: span.quote,
              start: span.start,
              end: span.end,
              sourceId: span.sourceId,
            },
          ]
        : [];
    });
  }

  private addStatements(): void {
    const spokeFor = new Map<string, { from: string; to: string; statements: Statement[] }>();
    for (const s of this.d.statements) {
      const evidence = this.evidenceOf(s.id);
      this.rel(
        'MADE',
        s.speaker,
        s.id,
        { medium: s.medium, ...dateProps('saidAt', s.saidAt) },
        evidence,
      );
      if (s.at) this.rel('MADE_AT', s.id, s.at, {}, evidence);
      for (const a of s.about) {
        const props = {
          stance: a.stance,
          claim: a.claim,
          inferred: a.inferred !== undefined,
          inferredFrom: a.inferred,
        };
        this.rel('ABOUT', s.id, a.ref, props, a.evidence ? this.spans(a.evidence) : evidence);
      }
      if (!s.onBehalfOf) continue;
      this.rel('ON_BEHALF_OF', s.id, s.onBehalfOf, {}, evidence);
      const key = `${s.speaker}>${s.onBehalfOf}`;
      const entry = spokeFor.get(key) ?? { from: s.speaker, to: s.onBehalfOf, statements: [] };
      entry.statements.push(s);
      spokeFor.set(key, entry);
    }
    // SPOKE_FOR summarises, per spokesperson and principal, the statements made on the
    // principal's behalf; the loader derives it again across datasets (src/dataset/derive.ts).
    for (const { from, to, statements } of spokeFor.values()) {
      const row = deriveSpokeFor(
        from,
        to,
        statements.map((s) => ({
          id: s.id,
          props: { ...dateProps('saidAt', s.saidAt), datasets: [this.d.dataset] },
          evidence: this.spanRows(this.evidenceOf(s.id)),
        })),
      );
      if (row) this.relationships.push(row as RelationshipRow);
    }
  }

  private addRecusalsAndDemands(): void {
    for (const r of this.d.recusals) {
      this.rel(
        'RECUSED_FROM',
        r.person,
        r.matter,
        {
          recusalId: r.id,
          scope: r.scope,
          statementId: r.statement,
          ...dateProps('announcedAt', r.announcedAt),
        },
        this.spans(r.evidence),
      );
    }
    for (const c of this.d.demands) {
      this.rel(
        'CALLED_FOR',
        c.by,
        c.of,
        { demandId: c.id, action: c.action, matterId: c.from, statementId: c.statement },
        this.spans(c.evidence),
      );
    }
  }
}
