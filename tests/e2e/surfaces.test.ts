import { describe, expect, it } from 'vitest';
import { gql, useSeededApi } from '../support/api.js';
import { neo4jEnv, runCli } from '../support/cli.js';
import { testCoordinates } from '../support/neo4j.js';

/**
 * Each analyst question of docs/queries.md, asked through the three surfaces an analyst has: the
 * GraphQL API (over HTTP), the CLI (`--format json`, a child process as a user runs it) and the
 * named Cypher (cypher/queries/*.cypher, run by `testimony query` as a user runs it). The facts
 * (ids, names, dates with every mark, claim flags, evidence quotes and spans, sources) must be the
 * same: only presentation (key names, shape) is normalised. Two checks per question:
 *  - the CLI's JSON holds every field the API's answer holds (the API query asks for all of them);
 *  - the facts each surface gives, normalised, are equal.
 * The seed data changes as curation goes on, so few exact facts are asserted: the surfaces are
 * compared with each other.
 */

const seeded = useSeededApi();
const env = neo4jEnv(testCoordinates());

const SESSIONS = 'person:jeff-sessions';
const FLORES = 'person:sarah-isgur-flores';
const KISLYAK = 'person:sergey-kislyak';

const DATE = '{ value precision start end text approximate inferred inferredFrom sortKey }';
const EVIDENCE = '{ quote start end source { id } }';

async function api(query: string): Promise<any> {
  const response = await gql(seeded.api(), query);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data;
}

async function cli(...args: string[]): Promise<any> {
  const run = await runCli([...args, '--format', 'json'], env, { bin: true });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

/** A named query as `testimony query <name> --param k=v … --format json` runs it. */
async function cypher(name: string, params: Record<string, unknown> = {}): Promise<any[]> {
  const pairs = Object.entries(params).flatMap(([key, value]) => [
    '--param',
    `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`,
  ]);
  return (await cli('query', name, ...pairs)) as any[];
}

/** Every key path of a JSON value (list items merged): what fields an answer carries. */
function keyPaths(value: unknown, prefix = ''): Set<string> {
  const paths = new Set<string>();
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) for (const item of v) walk(item, `${at}[]`);
    else if (v !== null && typeof v === 'object')
      for (const [key, child] of Object.entries(v)) {
        paths.add(`${at}.${key}`);
        walk(child, `${at}.${key}`);
      }
  };
  walk(value, prefix);
  return paths;
}

/** The CLI's JSON must carry every field the API's answer does (it may carry more). */
function expectCarriesAll(cliAnswer: unknown, apiAnswer: unknown): void {
  const missing = [...keyPaths(apiAnswer)].filter((path) => !keyPaths(cliAnswer).has(path));
  expect(missing, 'fields the API gives that the CLI JSON lacks').toEqual([]);
}

// ---- Normalised facts -------------------------------------------------------------------

interface DateFacts {
  value: string;
  precision: string;
  start: string | null;
  end: string | null;
  text: string | null;
  approximate: boolean;
  inferred: boolean;
  inferredFrom: string | null;
  sortKey: string;
}

/** A PartialDate as the API and the CLI give it. */
function apiDate(date: any): DateFacts | null {
  if (!date) return null;
  const { value, precision, start, end, text, approximate, inferred, inferredFrom, sortKey } = date;
  return { value, precision, start, end, text, approximate, inferred, inferredFrom, sortKey };
}

/** A date as the graph stores it (`<prefix>`, `<prefix>Precision`, …): the named queries' form. */
function storedDate(props: any, prefix: string): DateFacts | null {
  if (props[prefix] === undefined || props[prefix] === null) return null;
  return {
    value: props[prefix],
    precision: String(props[`${prefix}Precision`]).toUpperCase().replaceAll('-', '_'),
    start: props[`${prefix}Start`] ?? null,
    end: props[`${prefix}End`] ?? null,
    text: props[`${prefix}Text`] ?? null,
    approximate: props[`${prefix}Approximate`] === true,
    inferred: props[`${prefix}Inferred`] === true,
    inferredFrom: props[`${prefix}InferredFrom`] ?? null,
    sortKey: props[`${prefix}SortKey`],
  };
}

/** Dates without sortKey, for a named query that gives the marks as columns but not the key. */
const unsorted = (date: DateFacts | null) => {
  if (!date) return null;
  const { sortKey: _sortKey, ...rest } = date;
  return rest;
};

interface Span {
  source: string;
  start: number;
  end: number;
  quote: string;
}

const bySpan = (a: Span, b: Span) =>
  a.source.localeCompare(b.source) || a.start - b.start || a.end - b.end;

/** Evidence as a sorted list of spans (the surfaces order quotes differently, never differ on them). */
function apiSpans(evidence: any[] | null | undefined): Span[] {
  return (evidence ?? [])
    .map((e) => ({ source: e.source.id, start: e.start, end: e.end, quote: e.quote }))
    .sort(bySpan);
}

function distinctSpans(spans: Span[]): Span[] {
  const seen = new Map(spans.map((s) => [`${s.source}#${s.start},${s.end}`, s]));
  return [...seen.values()].sort(bySpan);
}

/** Evidence stored on a relationship as parallel lists (MET_WITH, SPOKE_FOR, RECUSED_FROM). */
function storedSpans(props: any): Span[] {
  const quotes: string[] = props.evidenceQuotes ?? [];
  return quotes
    .map((quote, i) => ({
      source: props.evidenceSourceIds[i],
      start: props.evidenceStarts[i],
      end: props.evidenceEnds[i],
      quote,
    }))
    .sort(bySpan);
}

/** Each node's evidence by the named query evidence-of-nodes. */
async function evidenceOf(ids: string[]): Promise<Map<string, Span[]>> {
  const rows = ids.length > 0 ? await cypher('evidence-of-nodes', { ids }) : [];
  const byId = new Map<string, Span[]>(ids.map((id) => [id, []]));
  for (const row of rows)
    byId.set(
      row.id,
      row.evidence
        .map((e: any) => ({ source: e.sourceId, start: e.start, end: e.end, quote: e.quote }))
        .sort(bySpan),
    );
  return byId;
}

const ids = (nodes: any[] | null | undefined) => (nodes ?? []).map((n) => n.id);

// ---- The questions ----------------------------------------------------------------------

describe('each analyst question gives the same facts through the API, the CLI and the named Cypher', () => {
  it('1. whom did Sessions meet, when, and on what evidence', async () => {
    const query = `{ meetings(participant: "${SESSIONS}", first: 100) { totalCount edges { dateMatch node {
      id name place count isClaim claimedBy { id speaker { id } } partOf { id } date ${DATE}
      participants { role node { id } evidence ${EVIDENCE} } evidence ${EVIDENCE} } } } }`;
    const fromApi = (await api(query)).meetings;
    const fromCli = (await cli('meetings', 'Jeff Sessions')).meetings;
    expectCarriesAll(fromCli, fromApi);

    const facts = (connection: any) => ({
      total: connection.totalCount,
      meetings: connection.edges.map(({ node: m, dateMatch }: any) => ({
        id: m.id,
        name: m.name,
        place: m.place,
        count: m.count,
        isClaim: m.isClaim,
        claimedBy: m.claimedBy?.id ?? null,
        dateMatch,
        date: apiDate(m.date),
        evidence: apiSpans(m.evidence),
      })),
      participants: connection.edges.map(({ node: m }: any) =>
        m.participants
          .map((p: any) => ({ id: p.node.id, role: p.role, evidence: apiSpans(p.evidence) }))
          .sort((a: any, b: any) => a.id.localeCompare(b.id) || a.role.localeCompare(b.role)),
      ),
      partOf: connection.edges.map(({ node: m }: any) => m.partOf?.id ?? null),
    });
    const apiFacts = facts(fromApi);
    expect(facts(fromCli)).toEqual(apiFacts);

    // The named meetings query (the list, in the same order, with every date mark) and
    // evidence-of-nodes (each meeting's own evidence).
    const [page] = await cypher('meetings', {
      participant: SESSIONS,
      with: null,
      from: null,
      to: null,
      dates: 'within',
      claims: 'include',
      afterKey: null,
      afterId: null,
      limit: 101,
      total: true,
    });
    const nodes = page.page.map((x: any) => x.node);
    const evidence = await evidenceOf(ids(nodes));
    expect({
      total: page.total,
      meetings: page.page.map(({ node: m, dateMatch }: any) => ({
        id: m.id,
        name: m.name,
        place: m.place ?? null,
        count: m.count ?? null,
        isClaim: m.claimedBy !== undefined && m.claimedBy !== null,
        claimedBy: m.claimedBy ?? null,
        dateMatch,
        date: storedDate(m, 'date'),
        evidence: evidence.get(m.id),
      })),
    }).toEqual({ total: apiFacts.total, meetings: apiFacts.meetings });

    // meetings-with-evidence (the Browser's question): one row per person met, the same meeting,
    // date and claim marks, and as evidence the meeting's and both people's part in it.
    const rows = await cypher('meetings-with-evidence', { name: 'Jeff Sessions' });
    const apiPairs = fromApi.edges.flatMap(({ node: m }: any) =>
      m.participants
        .filter((p: any) => p.node.id !== SESSIONS && p.node.id.startsWith('person:'))
        .map((p: any) => ({
          meeting: m.id,
          met: p.node.id,
          name: m.name,
          date: unsorted(apiDate(m.date)),
          claim: m.isClaim,
          claimedBy: m.claimedBy ? [m.claimedBy.id] : [],
          count: m.count,
          evidence: distinctSpans([
            ...apiSpans(m.evidence),
            ...m.participants
              .filter((q: any) => [SESSIONS, p.node.id].includes(q.node.id))
              .flatMap((q: any) => apiSpans(q.evidence)),
          ]),
        })),
    );
    expect(
      rows.map((r) => ({
        meeting: r.meeting,
        met: r.metId,
        name: r.meetingName,
        date: {
          value: r.date,
          precision: String(r.precision).toUpperCase().replaceAll('-', '_'),
          start: r.start,
          end: r.end,
          text: r.asReported,
          approximate: r.approximate,
          inferred: r.inferred,
          inferredFrom: r.inferredFrom,
        },
        claim: r.claim,
        claimedBy: r.claimedBy,
        count: r.count,
        evidence: distinctSpans(r.evidence),
      })),
    ).toEqual(apiPairs);

    // A few stable facts: the two meetings with Kislyak, as the report dates them.
    const kislyak = apiFacts.meetings.filter((_: any, i: number) =>
      apiFacts.participants[i].some((p: any) => p.id === KISLYAK),
    );
    expect(kislyak.map((m: any) => [m.date.value, m.date.precision])).toEqual([
      ['2016-07', 'MONTH'],
      ['2016-09-08', 'DAY'],
    ]);
    expect(kislyak[1].evidence.map((e: Span) => e.quote)).toContain(
      'and again in an office meeting on September 8 of that same year',
    );
  });

  it('2. what did Sessions deny that the graph records, and who defended or qualified it', async () => {
    const query = `{ contradictions(person: "${SESSIONS}") {
      statement { id text textKind medium saidAt ${DATE} evidence ${EVIDENCE} }
      speaker { id } saidAt ${DATE}
      deniedFacts { claim inferred inferredFrom evidence ${EVIDENCE}
        fact { id ... on Meeting { name date ${DATE} isClaim evidence ${EVIDENCE} }
                  ... on Event { name date ${DATE} isClaim evidence ${EVIDENCE} } } }
      responses { id text textKind medium saidAt ${DATE} speaker { id }
        about { stance claim inferred inferredFrom target { id } } evidence ${EVIDENCE} } } }`;
    const fromApi = (await api(query)).contradictions;
    const fromCli = (await cli('contradictions', 'Sessions')).contradictions;
    expectCarriesAll(fromCli, fromApi);

    const facts = (list: any[]) =>
      list.map((c) => ({
        statement: c.statement.id,
        text: c.statement.text,
        textKind: c.statement.textKind,
        saidAt: apiDate(c.statement.saidAt),
        evidence: apiSpans(c.statement.evidence),
        speaker: c.speaker.id,
        denied: c.deniedFacts.map((d: any) => ({
          fact: d.fact.id,
          name: d.fact.name,
          date: apiDate(d.fact.date),
          isClaim: d.fact.isClaim,
          claim: d.claim,
          inferred: d.inferred,
          inferredFrom: d.inferredFrom,
          linkEvidence: apiSpans(d.evidence),
        })),
        responses: c.responses.map((r: any) => ({
          id: r.id,
          speaker: r.speaker.id,
          text: r.text,
          stance: r.about.find((a: any) => a.target.id === c.statement.id)?.stance,
          saidAt: apiDate(r.saidAt),
        })),
      }));
    const apiFacts = facts(fromApi);
    expect(facts(fromCli)).toEqual(apiFacts);

    // The named query: one row per denied fact, with the record's evidence and every response.
    const rows = await cypher('denials-against-the-record', {
      name: 'Jeff Sessions',
      speakerKind: null,
    });
    const fromCypher = [...new Set(rows.map((r) => r.denialId))].map((id) => {
      const mine = rows.filter((r) => r.denialId === id);
      return {
        statement: id,
        text: mine[0].denial,
        said: mine[0].said,
        denied: mine.map((r) => ({
          fact: r.recordedId,
          name: r.recorded,
          date: r.when,
          precision: String(r.precision).toUpperCase(),
          inferred: r.linkInferred,
          inferredFrom: r.linkInferredFrom,
          recordEvidence: distinctSpans(r.recordEvidence),
        })),
        responses: [...mine[0].defences, ...mine[0].qualifications].map((r: any) => ({
          speaker: r.speakerId,
          stance: r.stance.toUpperCase(),
          text: r.text,
        })),
      };
    });
    const apiDenials = fromApi
      .filter((c: any) => c.speaker.id === SESSIONS)
      .map((c: any) => ({
        statement: c.statement.id,
        text: c.statement.text,
        said: c.statement.saidAt?.value,
        denied: c.deniedFacts.map((d: any) => ({
          fact: d.fact.id,
          name: d.fact.name,
          date: d.fact.date?.value,
          precision: d.fact.date?.precision,
          inferred: d.inferred,
          inferredFrom: d.inferredFrom,
          recordEvidence: apiSpans(d.fact.evidence),
        })),
        responses: apiFacts
          .find((c2: any) => c2.statement === c.statement.id)
          ?.responses.map((r: any) => ({ speaker: r.speaker, stance: r.stance, text: r.text })),
      }));
    expect(fromCypher).toEqual(apiDenials);

    // Stable facts: the hearing answer denies both recorded meetings with Kislyak, by inference.
    const hearing = apiFacts.find((c: any) => c.statement === 'statement:sessions-hearing-answer');
    expect(hearing?.denied.map((d: any) => [d.fact, d.inferred])).toEqual([
      ['event:meeting-sessions-kislyak-2016-07', true],
      ['event:meeting-sessions-kislyak-2016-09-08', true],
    ]);
    expect(hearing?.responses.map((r: any) => r.speaker)).toContain(FLORES);
  });

  it('3. how is Flores connected to Kislyak', async () => {
    const query = `{ shortestPath(from: "${FLORES}", to: "${KISLYAK}", via: ["SPOKE_FOR", "MET_WITH"]) {
      length steps { type from { id } to { id } date ${DATE} isClaim counts claimedBy { id } evidence ${EVIDENCE} } } }`;
    const fromApi = (await api(query)).shortestPath;
    const fromCli = (await cli('path', 'flores', 'kislyak', '--via', 'SPOKE_FOR,MET_WITH'))
      .shortestPath;
    expectCarriesAll(fromCli, fromApi);

    const facts = (path: any) => ({
      length: path.length,
      steps: path.steps.map((s: any) => ({
        type: s.type,
        ends: [s.from.id, s.to.id].sort(),
        date: apiDate(s.date),
        isClaim: s.isClaim,
        claimedBy: ids(s.claimedBy),
        counts: s.counts,
        evidence: apiSpans(s.evidence),
      })),
    });
    const apiFacts = facts(fromApi);
    expect(facts(fromCli)).toEqual(apiFacts);

    const [row] = await cypher('shortest-path', {
      from: FLORES,
      to: KISLYAK,
      maxHops: 4,
      types: ['SPOKE_FOR', 'MET_WITH'],
      claims: 'include',
    });
    expect({
      length: row.rels.length,
      steps: row.rels.map((r: any) => ({
        type: r.type,
        ends: [r.startId, r.endId].sort(),
        date: storedDate(r, 'date'),
        isClaim: r.claim === true,
        claimedBy: r.claimedBy ?? [],
        counts: r.count === undefined || r.count === null ? [] : [r.count].flat(),
        evidence: storedSpans(r),
      })),
    }).toEqual(apiFacts);
    expect(apiFacts.steps.map((s: any) => [s.type, s.date?.value])).toEqual([
      ['SPOKE_FOR', '2017-03-01'],
      ['MET_WITH', '2016-07'],
    ]);
  });

  const timelineQuery = (window: string) => `{ timeline(entity: "${SESSIONS}"${window}) {
    kind role summary isClaim count dateMatch claimedBy { id speaker { id } } date ${DATE}
    node { id ... on Meeting { evidence ${EVIDENCE} } ... on Event { evidence ${EVIDENCE} }
           ... on Statement { evidence ${EVIDENCE} } } } }`;

  const timelineFacts = (entries: any[]) =>
    entries.map((e) => ({
      id: e.node.id,
      role: e.role,
      isClaim: e.isClaim,
      claimedBy: e.claimedBy?.id ?? null,
      count: e.count,
      dateMatch: e.dateMatch,
      date: apiDate(e.date),
      evidence: apiSpans(e.node.evidence),
    }));

  async function timelineFromCypher(params: Record<string, unknown>) {
    const rows = await cypher('timeline', { entity: SESSIONS, claims: 'include', ...params });
    const evidence = await evidenceOf(rows.map((r) => r.node.id));
    return rows.map((r) => {
      const statement = r.node.labels.includes('Statement');
      return {
        id: r.node.id,
        role: r.role,
        isClaim: r.node.claimedBy !== undefined && r.node.claimedBy !== null,
        claimedBy: r.node.claimedBy ?? null,
        count: r.node.count ?? null,
        dateMatch: r.dateMatch === null ? null : String(r.dateMatch).toUpperCase(),
        date: storedDate(r.node, statement ? 'saidAt' : 'date'),
        evidence: evidence.get(r.node.id),
      };
    });
  }

  it("4. Sessions' timeline, in order", async () => {
    const fromApi = (await api(timelineQuery(''))).timeline;
    const fromCli = (await cli('timeline', 'sessions')).timeline;
    expectCarriesAll(fromCli, fromApi);
    const apiFacts = timelineFacts(fromApi);
    expect(timelineFacts(fromCli)).toEqual(apiFacts);
    expect(
      fromCli.map((e: any) => [e.kind, e.summary]),
      'kind and summary',
    ).toEqual(fromApi.map((e: any) => [e.kind, e.summary]));
    expect(await timelineFromCypher({ from: null, to: null, dates: 'within' })).toEqual(apiFacts);

    // Stable facts: the meetings he "concluded today" sort before that day's news conference,
    // and a claim is marked as one, with its statement.
    const order = apiFacts.map((e) => e.id);
    const concluded = apiFacts.find((e) => e.date?.precision === 'OPEN_START');
    expect(concluded?.date?.value).toBe('../2017-03-02');
    const sameDay = apiFacts.filter((e) => e.date?.value.startsWith('2017-03-02'));
    for (const entry of sameDay) {
      expect(order.indexOf(concluded?.id ?? '')).toBeLessThan(order.indexOf(entry.id));
    }
    for (const entry of apiFacts.filter((e) => e.isClaim)) expect(entry.claimedBy).not.toBeNull();
  });

  it('5. what Sessions did in 2016: certainly within (the default), and what may overlap', async () => {
    const window = ', from: "2016-01-01", to: "2016-12-31"';
    const withinApi = (await api(timelineQuery(window))).timeline;
    const withinCli = (
      await cli('timeline', 'sessions', '--from', '2016-01-01', '--to', '2016-12-31')
    ).timeline;
    expectCarriesAll(withinCli, withinApi);
    const within = timelineFacts(withinApi);
    expect(timelineFacts(withinCli)).toEqual(within);
    expect(
      await timelineFromCypher({ from: '2016-01-01', to: '2016-12-31', dates: 'within' }),
    ).toEqual(within);
    expect(within.every((e) => e.dateMatch === 'WITHIN')).toBe(true);
    expect(within.some((e) => e.date?.value.startsWith('2017') || e.date?.start === null)).toBe(
      false,
    );

    const overlapsApi = (
      await api(`{ meetings(participant: "${SESSIONS}", from: "2016-01-01", to: "2016-12-31", dates: OVERLAPS, first: 100) {
        totalCount edges { dateMatch node { id date ${DATE} } } } }`)
    ).meetings;
    const overlapsCli = (
      await cli(
        'meetings',
        'sessions',
        '--from',
        '2016-01-01',
        '--to',
        '2016-12-31',
        '--overlapping',
      )
    ).meetings;
    expectCarriesAll(overlapsCli, overlapsApi);
    const overlapFacts = (connection: any) =>
      connection.edges.map((e: any) => ({
        id: e.node.id,
        dateMatch: e.dateMatch,
        date: apiDate(e.node.date),
      }));
    const overlapping = overlapFacts(overlapsApi);
    expect(overlapFacts(overlapsCli)).toEqual(overlapping);
    const [page] = await cypher('meetings', {
      participant: SESSIONS,
      with: null,
      from: '2016-01-01',
      to: '2016-12-31',
      dates: 'overlaps',
      claims: 'include',
      afterKey: null,
      afterId: null,
      limit: 101,
      total: true,
    });
    expect(
      page.page.map((x: any) => ({
        id: x.node.id,
        dateMatch: String(x.dateMatch).toUpperCase(),
        date: storedDate(x.node, 'date'),
      })),
    ).toEqual(overlapping);
    // The meetings that ended on 2 March 2017, start unknown, may overlap 2016: marked PARTIAL.
    const open = overlapping.find((m: any) => m.date?.precision === 'OPEN_START');
    expect(open?.dateMatch).toBe('PARTIAL');
  });

  it('6. who speaks for Sessions, and what did they say', async () => {
    const fromApi = (
      await api(`{ person(name: "Sessions") { id name spokespeople { spokesperson { id name }
        principal { id name } date ${DATE} statements { id text textKind saidAt ${DATE} } evidence ${EVIDENCE} } } }`)
    ).person;
    const fromCli = (await cli('who-speaks-for', 'Sessions')).node;
    expectCarriesAll(fromCli.spokespeople, fromApi.spokespeople);

    const facts = (list: any[]) =>
      list.map((s) => ({
        spokesperson: s.spokesperson.id,
        name: s.spokesperson.name,
        date: unsorted(apiDate(s.date)),
        statements: ids(s.statements),
        said: s.statements.map((x: any) => x.text),
        evidence: apiSpans(s.evidence),
      }));
    const apiFacts = facts(fromApi.spokespeople);
    expect(facts(fromCli.spokespeople)).toEqual(apiFacts);

    const rows = await cypher('who-speaks-for', { name: fromApi.name });
    expect(
      rows.map((r) => ({
        spokesperson: r.spokespersonId,
        name: r.spokesperson,
        date: {
          value: r.date,
          precision: String(r.precision).toUpperCase().replaceAll('-', '_'),
          start: r.start,
          end: r.end,
          text: r.asReported,
          approximate: r.approximate,
          inferred: r.inferred,
          inferredFrom: r.inferredFrom,
        },
        statements: r.statements,
        said: r.said,
        evidence: distinctSpans(r.evidence),
      })),
    ).toEqual(apiFacts);
    expect(apiFacts.map((s) => [s.spokesperson, s.date?.value, s.date?.inferred])).toContainEqual([
      FLORES,
      '2017-03-01',
      true,
    ]);
  });

  it('7. what Sessions recused from, in his own words', async () => {
    const fromApi = (
      await api(`{ recusals(person: "${SESSIONS}") { id person { id name } matter { id name kind }
        announcedAt ${DATE} scope statement { id text textKind medium } evidence ${EVIDENCE} } }`)
    ).recusals;
    const fromCli = (await cli('recusals', 'sessions')).recusals;
    expectCarriesAll(fromCli, fromApi);

    const facts = (list: any[]) =>
      list.map((r) => ({
        id: r.id,
        person: r.person.id,
        matter: r.matter.id,
        matterName: r.matter.name,
        announcedAt: apiDate(r.announcedAt),
        scope: r.scope,
        statement: r.statement.id,
        evidence: apiSpans(r.evidence),
      }));
    const apiFacts = facts(fromApi);
    expect(facts(fromCli)).toEqual(apiFacts);
    const rows = await cypher('recusals', { person: SESSIONS });
    expect(
      rows.map((r) => ({
        id: r.recusal.recusalId,
        person: r.person.id,
        matter: r.matter.id,
        matterName: r.matter.name,
        announcedAt: storedDate(r.recusal, 'announcedAt'),
        scope: r.recusal.scope,
        statement: r.recusal.statementId,
        evidence: storedSpans(r.recusal),
      })),
    ).toEqual(apiFacts);
    expect(apiFacts[0]?.scope).toMatch(/campaigns/);
  });

  it('8. which statements deny something, and about what', async () => {
    const fromApi = (
      await api(`{ statements(stance: DENIES, first: 100) { totalCount edges { dateMatch node {
        id text textKind medium saidAt ${DATE} speaker { id } onBehalfOf { id } at { id }
        about { stance claim inferred inferredFrom target { id } evidence ${EVIDENCE} }
        evidence ${EVIDENCE} } } } }`)
    ).statements;
    const fromCli = (await cli('statements', '--stance', 'denies')).statements;
    expectCarriesAll(fromCli, fromApi);
    const facts = (edges: any[]) =>
      edges.map(({ node: s }) => ({
        id: s.id,
        text: s.text,
        textKind: s.textKind,
        medium: s.medium,
        saidAt: apiDate(s.saidAt),
        speaker: s.speaker.id,
        onBehalfOf: s.onBehalfOf?.id ?? null,
        at: s.at?.id ?? null,
        about: s.about.map((a: any) => ({
          stance: a.stance,
          claim: a.claim,
          inferred: a.inferred,
          inferredFrom: a.inferredFrom,
          target: a.target.id,
          evidence: apiSpans(a.evidence),
        })),
        evidence: apiSpans(s.evidence),
      }));
    const apiFacts = facts(fromApi.edges);
    expect(fromCli.totalCount).toBe(fromApi.totalCount);
    expect(facts(fromCli.edges)).toEqual(apiFacts);

    const [page] = await cypher('statements', {
      speaker: null,
      about: null,
      at: null,
      stance: 'denies',
      speakerKind: null,
      total: true,
      from: null,
      to: null,
      dates: 'within',
      afterKey: null,
      afterId: null,
      limit: 101,
    });
    const evidence = await evidenceOf(page.page.map((x: any) => x.node.id));
    expect(
      page.page.map(({ node: s }: any) => ({
        id: s.id,
        text: s.text,
        textKind: String(s.textKind).toUpperCase(),
        medium: s.medium,
        saidAt: storedDate(s, 'saidAt'),
        evidence: evidence.get(s.id),
      })),
    ).toEqual(
      fromApi.edges.map(({ node: s }: any) => ({
        id: s.id,
        text: s.text,
        textKind: s.textKind,
        medium: s.medium,
        saidAt: apiDate(s.saidAt),
        evidence: apiSpans(s.evidence),
      })),
    );
    expect(page.total).toBe(fromApi.totalCount);
  });

  it('9. search: "ambassador" ranked by what matched', async () => {
    const fromApi = (
      await api(
        `{ search(text: "ambassador", first: 20) { score field node { id } evidence ${EVIDENCE} } }`,
      )
    ).search;
    const fromCli = (await cli('search', 'ambassador')).search;
    expectCarriesAll(fromCli, fromApi);
    const facts = (hits: any[]) =>
      hits.map((h) => ({
        id: h.node.id,
        field: h.field,
        score: h.score,
        evidence: h.evidence ? apiSpans([h.evidence]) : [],
      }));
    const apiFacts = facts(fromApi);
    expect(facts(fromCli)).toEqual(apiFacts);
    const rows = await cypher('search', { query: 'ambassador', limit: 20 });
    expect(
      rows.map((r) => ({
        id: r.node.id,
        field: r.field,
        score: r.score,
        evidence: r.evidence
          ? [
              {
                source: r.evidence.sourceId,
                start: r.evidence.start,
                end: r.evidence.end,
                quote: r.evidence.quote,
              },
            ]
          : [],
      })),
    ).toEqual(apiFacts);
    expect(ids(fromApi.map((h: any) => h.node))).toContain(KISLYAK);
  });

  it("10. Sessions' roles, and when the report shows them held", async () => {
    const fromApi = (
      await api(`{ person(id: "${SESSIONS}") { roles { id title holder { id } at { id }
        during ${DATE} evidence ${EVIDENCE} } } }`)
    ).person.roles;
    const fromCli = (await cli('roles', 'sessions')).node.roles;
    expectCarriesAll(fromCli, fromApi);
    const facts = (roles: any[]) =>
      roles.map((r) => ({
        id: r.id,
        title: r.title,
        holder: r.holder.id,
        at: r.at?.id ?? null,
        during: apiDate(r.during),
        evidence: apiSpans(r.evidence),
      }));
    const apiFacts = facts(fromApi);
    expect(facts(fromCli)).toEqual(apiFacts);

    const held = await cypher('neighbours', {
      ids: [SESSIONS],
      type: 'HOLDS_ROLE',
      direction: 'out',
      limit: 10001,
      fields: null,
    });
    const roleIds = held.map((r) => r.node.id);
    const at = await cypher('neighbours', {
      ids: roleIds,
      type: 'ROLE_AT',
      direction: 'out',
      limit: 10001,
      fields: null,
    });
    const evidence = await evidenceOf(roleIds);
    expect(
      held.map((r) => ({
        id: r.node.id,
        title: r.node.title,
        holder: SESSIONS,
        at: at.find((a) => a.id === r.node.id)?.node.id ?? null,
        during: storedDate(r.node, 'during'),
        evidence: evidence.get(r.node.id),
      })),
    ).toEqual(apiFacts);
  });

  it('11. people, a page at a time', async () => {
    const fromApi = (
      await api(
        `{ people(first: 100) { totalCount edges { node { id name aliases nameInferred description } } } }`,
      )
    ).people;
    const [page] = await cypher('people', {
      nameContains: null,
      afterKey: null,
      afterId: null,
      limit: 101,
      total: true,
    });
    expect(page.total).toBe(fromApi.totalCount);
    expect(
      page.page.map(({ node: p }: any) => ({
        id: p.id,
        name: p.name,
        aliases: p.aliases ?? [],
        nameInferred: p.nameInferred ?? null,
        description: p.description ?? null,
      })),
    ).toEqual(fromApi.edges.map((e: any) => e.node));
    const fromCli = (await cli('people')).people;
    expectCarriesAll(fromCli, fromApi);
    expect(fromCli.totalCount).toBe(fromApi.totalCount);
    expect(fromCli.edges.map((e: any) => e.node)).toEqual(fromApi.edges.map((e: any) => e.node));
    expect(ids(fromApi.edges.map((e: any) => e.node))).toEqual(
      expect.arrayContaining([SESSIONS, FLORES, KISLYAK]),
    );
  });

  it('12. what the graph holds, and from which sources', async () => {
    const fromApi =
      await api(`{ stats { nodes relationships labels { name count } types { name count } }
      sources { id title titleInferred kind publishedAt ${DATE} publisher { id name } cites { id title }
        citedBy { id title } evidence ${EVIDENCE} statements { id text } } }`);
    const stats = await cli('stats');
    expectCarriesAll(stats.stats, fromApi.stats);
    expect(stats.stats).toEqual(fromApi.stats);
    const sources = await cli('sources');
    expectCarriesAll(sources.sources, fromApi.sources);
    const facts = (list: any[]) =>
      list.map((s) => ({
        id: s.id,
        title: s.title,
        titleInferred: s.titleInferred,
        kind: s.kind,
        publishedAt: apiDate(s.publishedAt),
        publisher: s.publisher?.id ?? null,
        cites: ids(s.cites),
        citedBy: ids(s.citedBy),
        evidence: apiSpans(s.evidence),
        statements: ids(s.statements),
      }));
    const apiFacts = facts(fromApi.sources);
    expect(facts(sources.sources)).toEqual(apiFacts);

    const [counts] = await cypher('stats');
    expect({ nodes: counts.nodes, relationships: counts.relationships }).toEqual({
      nodes: fromApi.stats.nodes,
      relationships: fromApi.stats.relationships,
    });
    const rows = await cypher('sources');
    const evidence = await evidenceOf(rows.map((r) => r.node.id));
    expect(
      rows.map(({ node: s }) => ({
        id: s.id,
        title: s.title,
        titleInferred: s.titleInferred ?? null,
        kind: s.kind,
        publishedAt: storedDate(s, 'publishedAt'),
        evidence: evidence.get(s.id),
      })),
    ).toEqual(
      apiFacts.map(({ id, title, titleInferred, kind, publishedAt, evidence: e }) => ({
        id,
        title,
        titleInferred,
        kind,
        publishedAt,
        evidence: e,
      })),
    );
  });

  it('13. which sources cite which, and who published them', async () => {
    const fromApi = (
      await api(`{ citations { attribution sources { id } reportedBy { id } statements { id } } }`)
    ).citations;
    const fromCli = (await cli('sources')).citations;
    expectCarriesAll(fromCli, fromApi);
    const facts = (list: any[]) =>
      list.map((c) => ({
        attribution: c.attribution,
        sources: ids(c.sources),
        reportedBy: c.reportedBy.id,
        statements: ids(c.statements),
      }));
    expect(facts(fromCli)).toEqual(facts(fromApi));
    const rows = await cypher('citations', { source: null, statements: null });
    expect(rows.map((r) => ({ attribution: r.attribution, reportedBy: r.reportedBy }))).toEqual(
      facts(fromApi).map((c) => ({ attribution: c.attribution, reportedBy: c.reportedBy })),
    );
  });
});
