import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from '../../src/paths.js';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { silentReporter } from '../../src/log.js';
import {
  bundledDatasets,
  prepareDatasets,
  removeDatasets,
  seed as seedGraphs,
} from '../../src/loader/index.js';
import { clearGraph, graphChecksum } from '../support/graph.js';
import { testCoordinates, testDriver } from '../support/neo4j.js';

/**
 * Many reports, one graph (issue 11), on the second-report test fixture: provenance per value,
 * order independence, same-as clusters as one meeting, removal. Checksums cover every node
 * and relationship with all their properties.
 */
const driver = testDriver();
const { database } = testCoordinates();
const options = { database, reporter: silentReporter };
const BUNDLED = bundledDatasets();
const FIXTURE =
  process.env.SMOKE_FIXTURE ??
  join(import.meta.dirname, '..', 'fixtures', 'datasets', 'other-reports', 'other-reports.yaml');
const seed = async (files: string[]) => seedGraphs(driver, await prepareDatasets(files), options);

async function rows(query: string, params: Record<string, unknown> = {}) {
  const result = await driver.executeQuery(query, params, { database });
  return result.records.map((record) => record.toObject() as Record<string, unknown>);
}

beforeEach(async () => {
  await clearGraph(driver, database);
});
afterAll(async () => {
  await clearGraph(driver, database);
  await seed(BUNDLED);
  await driver.close();
});

describe('provenance per value', () => {
  it('seeding the bundled report then the fixture gives exactly the graph of the other order', async () => {
    await seed(BUNDLED);
    await seed([FIXTURE]);
    const bundledFirst = await graphChecksum(driver, database);
    await clearGraph(driver, database);
    await seed([FIXTURE, ...BUNDLED]);
    expect(await graphChecksum(driver, database)).toEqual(bundledFirst);
  });

  it('aliases are the union of every version, so "Sarah Flores" still finds Flores', async () => {
    await seed([...BUNDLED, FIXTURE]);
    const [flores] = await rows(
      "MATCH (p:Person {id: 'person:sarah-isgur-flores'}) RETURN p.aliases AS aliases, p.datasets AS datasets",
    );
    expect(flores?.aliases).toEqual(['Flores', 'Sarah Flores', 'Sarah Isgur Flores']);
    expect(flores?.datasets).toEqual(['fixture-other-reports', 'sessions-recusal-2017-03-02']);
    const [sessions] = await rows(
      "MATCH (p:Person {id: 'person:jeff-sessions'}) RETURN p.aliases AS aliases",
    );
    expect(sessions?.aliases).toEqual(['Jeff Beauregard Sessions', 'Jeff Sessions', 'Sessions']);
  });

  it('keeps each dataset its own version of a shared person, with its evidence', async () => {
    await seed([...BUNDLED, FIXTURE]);
    const versions = await rows(
      `MATCH (:Person {id: 'person:sergey-kislyak'})-[:HAS_VERSION]->(v:Version)
       RETURN v.dataset AS dataset, v.description AS description, v.preferred AS preferred
       ORDER BY dataset`,
    );
    expect(versions).toEqual([
      // Equally complete versions: the dataset name decides (docs/model.md), not the seed order.
      { dataset: 'fixture-other-reports', description: 'The Russian envoy.', preferred: true },
      {
        dataset: 'sessions-recusal-2017-03-02',
        description: 'Russian ambassador.',
        preferred: false,
      },
    ]);
    const evidence = await rows(
      `MATCH (:Person {id: 'person:sergey-kislyak'})-[r:EVIDENCED_BY]->(e:Evidence)
       RETURN r.dataset AS dataset, e.quote AS quote ORDER BY dataset, quote`,
    );
    expect(evidence).toEqual([
      { dataset: 'fixture-other-reports', quote: 'the Russian envoy Sergei Kislyak' },
      { dataset: 'sessions-recusal-2017-03-02', quote: 'Russian Ambassador Sergey Kislyak' },
    ]);
  });
});

describe('same event, several versions', () => {
  it('gives one MET_WITH per same-as cluster, carrying every version and its evidence', async () => {
    await seed([...BUNDLED, FIXTURE]);
    const met = await rows(
      `MATCH (:Person {id: 'person:jeff-sessions'})-[r:MET_WITH]-(:Person {id: 'person:sergey-kislyak'})
       RETURN r.meetingId AS cluster, r.meetingIds AS members, r.claim AS claim,
         r.claimedBy AS claimedBy, r.count AS count, r.datasets AS datasets, r.evidenceSourceIds AS sources
       ORDER BY cluster`,
    );
    expect(met.map(({ sources: _, ...rest }) => rest)).toEqual([
      {
        cluster: 'event:fixture-sessions-kislyak-july-2016',
        members: [
          'event:fixture-sessions-kislyak-july-2016',
          'event:meeting-sessions-kislyak-2016-07',
        ],
        claim: false,
        claimedBy: ['statement:ledger-two-july-meetings'],
        count: ['twice'],
        datasets: ['fixture-other-reports', 'sessions-recusal-2017-03-02'],
      },
      {
        cluster: 'event:fixture-sessions-kislyak-office-2016',
        members: [
          'event:fixture-sessions-kislyak-office-2016',
          'event:meeting-sessions-kislyak-2016-09-08',
        ],
        claim: false,
        claimedBy: null,
        count: null,
        datasets: ['fixture-other-reports', 'sessions-recusal-2017-03-02'],
      },
    ]);
    for (const { sources } of met)
      expect(new Set(sources as string[])).toEqual(
        new Set(['source:sessions-recusal-report-2017-03-02', 'source:fixture-wire-2017-03-02']),
      );
  });

  it('one SPOKE_FOR from Flores to Sessions, with the statements of both reports', async () => {
    await seed([...BUNDLED, FIXTURE]);
    const spoke = await rows(
      `MATCH (:Person {id: 'person:sarah-isgur-flores'})-[r:SPOKE_FOR]->(:Person {id: 'person:jeff-sessions'})
       RETURN r.statementIds AS statements, r.date AS date`,
    );
    expect(spoke).toEqual([
      {
        statements: [
          'statement:flores-defends-hearing-answer',
          'statement:flores-answer-was-correct',
          'statement:flores-never-discussed-campaign',
        ],
        date: '2017-03-01',
      },
    ]);
  });
});

describe('removing a dataset', () => {
  it('restores, by checksum, the graph of the remaining datasets seeded alone', async () => {
    await seed(BUNDLED);
    const bundledAlone = await graphChecksum(driver, database);
    await seed([FIXTURE]);
    expect((await graphChecksum(driver, database)).sha256).not.toBe(bundledAlone.sha256);
    await removeDatasets(driver, ['fixture-other-reports'], options);
    expect(await graphChecksum(driver, database)).toEqual(bundledAlone);
  });

  it('is refused while another dataset refers to it, naming that dataset; nothing changes', async () => {
    await seed([...BUNDLED, FIXTURE]);
    const before = await graphChecksum(driver, database);
    await expect(
      removeDatasets(driver, ['sessions-recusal-2017-03-02'], options),
    ).rejects.toMatchObject({
      code: 'DATASET_REFERRED',
      message: expect.stringContaining('fixture-other-reports') as unknown,
    });
    expect(await graphChecksum(driver, database)).toEqual(before);
  });

  it('is refused for a dataset the graph does not hold, listing those it holds', async () => {
    await seed(BUNDLED);
    await expect(removeDatasets(driver, ['no-such-dataset'], options)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('sessions-recusal-2017-03-02') as unknown,
    });
  });
});

describe('one account per event or statement', () => {
  it('refuses a second dataset that redefines an event, and writes nothing', async () => {
    await seed(BUNDLED);
    const before = await graphChecksum(driver, database);
    const redefining = join(
      import.meta.dirname,
      '..',
      'fixtures',
      'datasets',
      'other-reports',
      'redefines-event.yaml',
    );
    await expect(
      seedGraphs(driver, await prepareDatasets([redefining]), { ...options, dryRun: true }),
    ).rejects.toMatchObject({ code: 'DATASET_REDEFINES' });
    await expect(seed([redefining])).rejects.toMatchObject({
      code: 'DATASET_REDEFINES',
      message: expect.stringContaining(
        'event:meeting-sessions-kislyak-2016-09-08 (defined by sessions-recusal-2017-03-02)',
      ) as unknown,
    });
    expect(await graphChecksum(driver, database)).toEqual(before);
  });
});

describe('a same-as cluster is one entry', () => {
  it('in a timeline: the leading version of each meeting, once', async () => {
    await seed([...BUNDLED, FIXTURE]);
    const entries = await rows(
      `MATCH (x:Entity {id: 'person:sergey-kislyak'})-[:PARTICIPATED_IN]->(e:Event) RETURN count(e) AS n`,
    );
    expect(entries[0]?.n).toEqual(expect.objectContaining({ low: 4 }));
    const { records } = await driver.executeQuery(
      readFileSync(join(PATHS.cypher, 'queries', 'timeline.cypher'), 'utf8'),
      { entity: 'person:sergey-kislyak', from: null, to: null, dates: 'within', claims: 'include' },
      { database },
    );
    expect(records.map((r) => (r.get('node') as { id: string }).id)).toEqual([
      'event:meeting-sessions-kislyak-2016-07',
      'event:meeting-sessions-kislyak-2016-09-08',
    ]);
  });
});
