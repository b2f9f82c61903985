/**
 * THE SHAPE OF THE LOADER'S OUTPUT, see docs/model.md ("Many reports"), written by hand in Cypher
 * until the loader writes it: the other-reports fixture
 * (tests/fixtures/datasets/other-reports/other-reports.yaml) on top of the seeded bundled dataset,
 * as the many-reports loader stores it:
 * - shared people (person:, org:, country:) keep ONE merged node (`datasets`, `preferredDataset`,
 *   aliases the union) and, being defined by two datasets, one `(:Version)` per dataset through
 *   HAS_VERSION, with `id: '<node id>@<dataset>'`, `of`, `dataset`, `preferred` and that dataset's
 *   properties; evidence stays on the node, `EVIDENCED_BY {dataset}` per dataset;
 * - the fixture's own events, with `SAME_AS {dataset}` to the bundled events they say they are,
 *   and every event's `cluster`: the smallest event id of its same-as cluster;
 * - MET_WITH per pair per CLUSTER, `meetingId` the cluster id (the bundled ones are rewritten).
 * Only what the read side needs is written (no Source CITES chain beyond the one relationship).
 * Once the loader lands, tests seed the fixture for real instead (the lead switches them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/paths.js';

export const FIXTURE = 'fixture-other-reports';
export const BUNDLED = 'sessions-recusal-2017-03-02';
const WIRE = 'source:fixture-wire-2017-03-02';
const LEDGER = 'source:morning-ledger-2017-03-01';
const DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'datasets', 'other-reports');
const TEXT = readFileSync(join(DIR, 'fixture-wire-2017-03-02.txt'), 'utf8');

/** An evidence span of the fixture's text: the quote must occur exactly once. */
function span(quote: string) {
  const start = TEXT.indexOf(quote);
  if (start < 0 || TEXT.indexOf(quote, start + 1) >= 0)
    throw new Error(`fixture quote not found exactly once: ${quote}`);
  const end = start + quote.length;
  return { id: `${WIRE}#char=${start},${end}`, sourceId: WIRE, start, end, quote };
}

const Q = {
  wire: span('(Fixture Wire)'),
  ledgerOrg: span('The Morning Ledger reported'),
  ledgerSource: span('The Morning Ledger reported on Wednesday'),
  sessions: span('Attorney General Jeff Beauregard Sessions, the former Alabama senator'),
  kislyak: span('the Russian envoy Sergei Kislyak'),
  flores: span('A department spokeswoman, Sarah Isgur Flores'),
  july: span('Sessions met the Russian envoy Sergei Kislyak twice in July 2016'),
  office: span(
    'Sessions also met Kislyak in his Senate office in August 2016, according to department officials',
  ),
  ledgerSays: span(
    'The Morning Ledger reported on Wednesday that Sessions met the Russian envoy Sergei Kislyak twice in July 2016.',
  ),
  neverDiscussed: span('said the attorney general "never discussed the campaign" with the envoy'),
  wasCorrect: span('She said his answer at the hearing "was correct"'),
};
const evidenceLists = (
  spans: { id: string; sourceId: string; start: number; end: number; quote: string }[],
) => ({
  evidenceIds: spans.map((s) => s.id),
  evidenceQuotes: spans.map((s) => s.quote),
  evidenceStarts: spans.map((s) => s.start),
  evidenceEnds: spans.map((s) => s.end),
  evidenceSourceIds: spans.map((s) => s.sourceId),
});

/** Each node the fixture defines alone: label, props, evidence. */
const OWN_NODES = [
  {
    label: 'Source',
    props: {
      id: WIRE,
      title: 'Sessions steps aside from campaign inquiries (test fixture)',
      kind: 'news-report',
      file: 'fixture-wire-2017-03-02.txt',
      text: TEXT,
      publishedAt: '2017-03-02',
      publishedAtPrecision: 'day',
      publishedAtStart: '2017-03-02',
      publishedAtEnd: '2017-03-02',
      publishedAtText: 'March 2',
      publishedAtInferred: false,
    },
    evidence: [],
  },
  {
    label: 'Source',
    props: {
      id: LEDGER,
      title: "The Morning Ledger's report of 1 March 2017 (test fixture, known only as cited)",
      titleInferred: "the citing report gives no headline; this title is the curator's description",
      kind: 'news-report',
      publishedAt: '2017-03-01',
      publishedAtPrecision: 'day',
      publishedAtStart: '2017-03-01',
      publishedAtEnd: '2017-03-01',
      publishedAtText: 'on Wednesday',
      publishedAtInferred: true,
      publishedAtInferredFrom: 'the Wednesday before the citing report of Thursday 2 March 2017',
    },
    evidence: [Q.ledgerSource],
  },
  {
    label: 'Organization',
    props: {
      id: 'org:fixture-wire',
      name: 'Fixture Wire',
      kind: 'media-outlet',
      description: 'A made-up news agency (test fixture).',
    },
    evidence: [Q.wire],
  },
  {
    label: 'Organization',
    props: {
      id: 'org:morning-ledger',
      name: 'The Morning Ledger',
      kind: 'media-outlet',
      description: 'A made-up newspaper (test fixture).',
    },
    evidence: [Q.ledgerOrg],
  },
  {
    label: 'Event',
    props: {
      id: 'event:fixture-sessions-kislyak-july-2016',
      kind: 'meeting',
      name: 'Sessions and Kislyak in July 2016, as the Morning Ledger reported it',
      date: '2016-07',
      datePrecision: 'month',
      dateStart: '2016-07-01',
      dateEnd: '2016-07-31',
      dateText: 'July 2016',
      dateInferred: false,
      count: 'twice',
      claimedBy: 'statement:ledger-two-july-meetings',
    },
    evidence: [Q.july],
  },
  {
    label: 'Event',
    props: {
      id: 'event:fixture-sessions-kislyak-office-2016',
      kind: 'meeting',
      name: 'Sessions and Kislyak in his Senate office',
      date: '2016-08',
      datePrecision: 'month',
      dateStart: '2016-08-01',
      dateEnd: '2016-08-31',
      dateText: 'August 2016',
      dateInferred: false,
      place: 'his Senate office',
    },
    evidence: [Q.office],
  },
  {
    label: 'Statement',
    props: {
      id: 'statement:ledger-two-july-meetings',
      text: 'Sessions met the Russian envoy Sergei Kislyak twice in July 2016.',
      textKind: 'paraphrase',
      medium: 'article',
      saidAt: '2017-03-01',
      saidAtPrecision: 'day',
      saidAtStart: '2017-03-01',
      saidAtEnd: '2017-03-01',
      saidAtText: 'on Wednesday',
      saidAtInferred: true,
      saidAtInferredFrom: 'the Wednesday before Thursday 2 March 2017',
    },
    evidence: [Q.ledgerSays],
  },
  {
    label: 'Statement',
    props: {
      id: 'statement:flores-never-discussed-campaign',
      text: 'never discussed the campaign',
      textKind: 'quote',
      medium: 'written-statement',
    },
    evidence: [Q.neverDiscussed],
  },
  {
    label: 'Statement',
    props: {
      id: 'statement:flores-answer-was-correct',
      text: 'was correct',
      textKind: 'quote',
      medium: 'written-statement',
    },
    evidence: [Q.wasCorrect],
  },
];

/** The fixture's versions of the people the bundled dataset also defines. */
const SHARED_PEOPLE = [
  {
    id: 'person:jeff-sessions',
    props: {
      name: 'Jeff Sessions',
      aliases: ['Jeff Beauregard Sessions', 'Sessions'],
      description: 'Attorney General; the former Alabama senator.',
    },
    evidence: [Q.sessions],
  },
  {
    id: 'person:sergey-kislyak',
    props: {
      name: 'Sergey Kislyak',
      aliases: ['Sergei Kislyak', 'Kislyak'],
      description: 'The Russian envoy.',
    },
    evidence: [Q.kislyak],
  },
  {
    id: 'person:sarah-isgur-flores',
    props: {
      name: 'Sarah Isgur Flores',
      aliases: ['Sarah Isgur Flores'],
      description: 'A department spokeswoman.',
    },
    evidence: [Q.flores],
  },
];

const ATTENDEES = ['person:jeff-sessions', 'person:sergey-kislyak'];
const RELATIONSHIPS = [
  { type: 'PUBLISHED_BY', from: WIRE, to: 'org:fixture-wire', props: {}, evidence: [] },
  {
    type: 'PUBLISHED_BY',
    from: LEDGER,
    to: 'org:morning-ledger',
    props: {},
    evidence: [Q.ledgerSource],
  },
  { type: 'CITES', from: WIRE, to: LEDGER, props: {}, evidence: [Q.ledgerSource] },
  ...[
    'event:fixture-sessions-kislyak-july-2016',
    'event:fixture-sessions-kislyak-office-2016',
  ].flatMap((event) => {
    const evidence = event.includes('july') ? [Q.july] : [Q.office];
    return ATTENDEES.map((person) => ({
      type: 'PARTICIPATED_IN',
      from: person,
      to: event,
      props: { role: 'attendee' },
      evidence,
    }));
  }),
  {
    type: 'SAME_AS',
    from: 'event:fixture-sessions-kislyak-july-2016',
    to: 'event:meeting-sessions-kislyak-2016-07',
    props: {},
    evidence: [Q.july],
  },
  {
    type: 'SAME_AS',
    from: 'event:fixture-sessions-kislyak-office-2016',
    to: 'event:meeting-sessions-kislyak-2016-09-08',
    props: {},
    evidence: [Q.office],
  },
  {
    type: 'MADE',
    from: LEDGER,
    to: 'statement:ledger-two-july-meetings',
    props: { medium: 'article' },
    evidence: [Q.ledgerSays],
  },
  {
    type: 'ABOUT',
    from: 'statement:ledger-two-july-meetings',
    to: 'event:fixture-sessions-kislyak-july-2016',
    props: { stance: 'asserts', claim: 'two meetings in July 2016', inferred: false },
    evidence: [Q.ledgerSays],
  },
  {
    type: 'MADE',
    from: 'person:sarah-isgur-flores',
    to: 'statement:flores-never-discussed-campaign',
    props: { medium: 'written-statement' },
    evidence: [Q.neverDiscussed],
  },
  {
    type: 'ON_BEHALF_OF',
    from: 'statement:flores-never-discussed-campaign',
    to: 'person:jeff-sessions',
    props: {},
    evidence: [Q.neverDiscussed],
  },
  {
    type: 'ABOUT',
    from: 'statement:flores-never-discussed-campaign',
    to: 'event:meeting-sessions-kislyak-2016-09-08',
    props: {
      stance: 'denies',
      claim: 'that the campaign was discussed with the envoy',
      inferred: true,
      inferredFrom:
        'the envoy is Kislyak, and the bundled report records this meeting between them',
    },
    evidence: [Q.neverDiscussed],
  },
  {
    type: 'MADE',
    from: 'person:sarah-isgur-flores',
    to: 'statement:flores-answer-was-correct',
    props: { medium: 'written-statement' },
    evidence: [Q.wasCorrect],
  },
  {
    type: 'ON_BEHALF_OF',
    from: 'statement:flores-answer-was-correct',
    to: 'person:jeff-sessions',
    props: {},
    evidence: [Q.wasCorrect],
  },
  {
    type: 'ABOUT',
    from: 'statement:flores-answer-was-correct',
    to: 'statement:sessions-hearing-answer',
    props: { stance: 'defends', claim: 'his answer at the hearing was correct', inferred: false },
    evidence: [Q.wasCorrect],
  },
];

const DAYS = /(Start|End)$/;
/** Day properties as Neo4j DATEs, as the loader writes them. */
const SET_DAYS = `
  WITH n, props UNWIND [k IN keys(props) WHERE k =~ '.*(Start|End)$'] AS key
  SET n[key] = date(props[key])`;

async function run(driver: Driver, database: string, cypher: string, params: object) {
  await driver.executeQuery(cypher, params, { database });
}

/**
 * Writes the fixture's storage shape over the seeded bundled dataset (call after seedBundled).
 * Each step is a plain parameterised write; the ids and values are the fixture's.
 */
export async function writeOtherReportsShape(driver: Driver, database: string): Promise<void> {
  const spans = Object.values(Q);
  await run(
    driver,
    database,
    `MERGE (s:Entity:Source {id: $wire}) SET s.datasets = [$fixture]
     WITH s UNWIND $spans AS e
     MERGE (x:Evidence {id: e.id}) SET x += e, x.datasets = [$fixture]
     MERGE (x)-[:FROM_SOURCE]->(s)`,
    { wire: WIRE, fixture: FIXTURE, spans },
  );
  for (const node of OWN_NODES) {
    const props = Object.fromEntries(Object.entries(node.props).filter(([k]) => !DAYS.test(k)));
    const days = Object.fromEntries(Object.entries(node.props).filter(([k]) => DAYS.test(k)));
    await run(
      driver,
      database,
      `MERGE (n:Entity {id: $id}) SET n += $props, n:$($label), n.datasets = [$fixture]
       WITH n, $days AS props ${SET_DAYS}`,
      { id: node.props.id, props, days, label: node.label, fixture: FIXTURE },
    );
    await linkEvidence(
      driver,
      database,
      node.props.id,
      node.evidence.map((e) => e.id),
    );
  }
  for (const person of SHARED_PEOPLE) await sharePerson(driver, database, person);
  for (const rel of RELATIONSHIPS)
    await run(
      driver,
      database,
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       CREATE (a)-[r:$($type)]->(b) SET r = $props, r.dataset = $fixture`,
      { ...rel, props: { ...rel.props, ...evidenceLists(rel.evidence) }, fixture: FIXTURE },
    );
  await clusterEvents(driver, database);
}

async function linkEvidence(driver: Driver, database: string, id: string, evidenceIds: string[]) {
  await run(
    driver,
    database,
    `MATCH (n:Entity {id: $id}) UNWIND $evidenceIds AS evidenceId
     MATCH (e:Evidence {id: evidenceId}) CREATE (n)-[:EVIDENCED_BY {dataset: $fixture}]->(e)`,
    { id, evidenceIds, fixture: FIXTURE },
  );
}

/** A person both datasets define: a Version per dataset, the merged node, the fixture's evidence. */
async function sharePerson(
  driver: Driver,
  database: string,
  person: (typeof SHARED_PEOPLE)[number],
) {
  await run(
    driver,
    database,
    `MATCH (n:Person {id: $id})
     WITH n, properties(n) AS bundled
     CREATE (n)-[:HAS_VERSION]->(b:Version)
     SET b = bundled, b.id = $id + '@' + $bundled, b.of = $id, b.dataset = $bundled, b.preferred = true
     REMOVE b.datasets
     CREATE (n)-[:HAS_VERSION]->(f:Version)
     SET f = $props, f.id = $id + '@' + $fixture, f.of = $id, f.dataset = $fixture, f.preferred = false
     SET n.datasets = [$fixture, $bundled], n.preferredDataset = $bundled,
         n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + $props.aliases AS a
                               WITH DISTINCT a ORDER BY a RETURN a }`,
    { id: person.id, props: person.props, bundled: BUNDLED, fixture: FIXTURE },
  );
  await linkEvidence(
    driver,
    database,
    person.id,
    person.evidence.map((e) => e.id),
  );
}

/** Every event's cluster (the smallest id of its same-as cluster); MET_WITH per cluster. */
async function clusterEvents(driver: Driver, database: string) {
  await run(driver, database, 'MATCH (e:Event) SET e.cluster = e.id', {});
  await run(
    driver,
    database,
    `MATCH (a:Event)-[:SAME_AS]-(b:Event)
     WITH a, CASE WHEN b.id < a.id THEN b.id ELSE a.id END AS smallest
     SET a.cluster = smallest`,
    {},
  );
  await run(
    driver,
    database,
    `MATCH (p:Person)-[m:MET_WITH]->(q:Person)
     MATCH (e:Event {id: m.meetingId})
     WITH m, e.cluster AS cluster
     SET m.meetingId = cluster,
         m.meetingIds = COLLECT { MATCH (x:Event {cluster: cluster}) WITH x.id AS id ORDER BY id RETURN id },
         m.datasets = COLLECT { MATCH (x:Event {cluster: cluster}) UNWIND x.datasets AS d
                                WITH DISTINCT d ORDER BY d RETURN d },
         m.claim = false,
         m.claimedBy = COLLECT { MATCH (x:Event {cluster: cluster}) WHERE x.claimedBy IS NOT NULL
                                 RETURN x.claimedBy },
         m.count = COLLECT { MATCH (x:Event {cluster: cluster}) WHERE x.count IS NOT NULL RETURN x.count }
     REMOVE m.dataset`,
    {},
  );
}
