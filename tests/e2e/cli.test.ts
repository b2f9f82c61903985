import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentReporter } from '../../src/log.js';
import { prepareDatasets, seed } from '../../src/loader/index.js';
import { baseEnv, freePort, runCli, neo4jEnv } from '../support/cli.js';
import { clearGraph, graphChecksum } from '../support/graph.js';
import { testCoordinates, testDriver, seedBundled } from '../support/neo4j.js';

const driver = testDriver();
const target = testCoordinates();
const env = neo4jEnv(target);
const testimony = (...args: string[]) => runCli(args, env, { bin: true });

beforeAll(async () => seedBundled(driver));
afterAll(() => driver.close());

describe('testimony: the questions', () => {
  it('path "Sarah Isgur Flores" "Sergey Kislyak": Flores -SPOKE_FOR-> Sessions -MET_WITH-> Kislyak, with dates and quotes', async () => {
    const run = await testimony('path', 'Sarah Isgur Flores', 'Sergey Kislyak');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Sarah Isgur Flores\s*│\s*SPOKE_FOR\s*│\s*Jeff Sessions\s*│\s*2017-03-01/,
    );
    expect(run.stdout).toMatch(/Jeff Sessions\s*│\s*MET_WITH\s*│\s*Sergey Kislyak\s*│\s*2016-07/);
    expect(run.stdout).toContain('“said in a statement on Wednesday evening');
    expect(run.stdout).not.toContain('\u001b['); // no colour off a terminal
  });

  it('path --format json parses; --format mermaid and dot draw the path', async () => {
    const json = await testimony('path', 'flores', 'kislyak', '--format', 'json');
    const data = JSON.parse(json.stdout) as {
      shortestPath: { length: number; steps: { type: string; evidence: unknown[] }[] };
    };
    expect(data.shortestPath.steps.map((s) => s.type)).toEqual(['SPOKE_FOR', 'MET_WITH']);
    expect(data.shortestPath.steps.every((s) => s.evidence.length > 0)).toBe(true);
    const mermaid = await testimony('path', 'flores', 'kislyak', '--format', 'mermaid');
    expect(mermaid.stdout).toBe(
      'graph LR\n  n0["Sarah Isgur Flores"] -->|"SPOKE_FOR 2017-03-01 (inferred)"| n1["Jeff Sessions"]\n  n1["Jeff Sessions"] -->|"MET_WITH 2016-07"| n2["Sergey Kislyak"]\n',
    );
    // --all: the two paths share their first step, drawn once; every date keeps its marks.
    const allMermaid = await testimony(
      'path',
      'flores',
      'kislyak',
      '--all',
      '--via',
      'SPOKE_FOR,MET_WITH',
      '--format',
      'mermaid',
    );
    expect(allMermaid.stdout).toBe(
      [
        'graph LR',
        '  n0["Sarah Isgur Flores"] -->|"SPOKE_FOR 2017-03-01 (inferred)"| n1["Jeff Sessions"]',
        '  n1["Jeff Sessions"] -->|"MET_WITH 2016-07"| n2["Sergey Kislyak"]',
        '  n1["Jeff Sessions"] -->|"MET_WITH 2016-09-08 (inferred)"| n2["Sergey Kislyak"]',
        '',
      ].join('\n'),
    );
    // A timeline diagram: the approximate time keeps its "~" and "approx.".
    const timelineMermaid = await testimony('timeline', 'sessions', '--format', 'mermaid');
    expect(timelineMermaid.stdout).toMatch(
      /-->\|"~2017-03-02 16:00-05:00 \(approx\., inferred\)"\| n\d+\["Sessions' news conference/,
    );
    expect(timelineMermaid.stdout).toContain('|"../2017-03-02 (open start, inferred)"|');
    const dot = await testimony('path', 'flores', 'kislyak', '--format', 'dot');
    expect(dot.stdout).toContain(
      '"person:sarah-isgur-flores" -> "person:jeff-sessions" [label="SPOKE_FOR 2017-03-01 (inferred)"];',
    );
    const all = await testimony(
      'path',
      'flores',
      'kislyak',
      '--all',
      '--via',
      'SPOKE_FOR,MET_WITH',
      '--format',
      'json',
    );
    expect((JSON.parse(all.stdout) as { paths: unknown[] }).paths).toHaveLength(2);
  });

  it('timeline, meetings, statements, contradictions, who-speaks-for, search and stats answer', async () => {
    const timeline = JSON.parse(
      (await testimony('timeline', 'Jeff Sessions', '--format', 'json')).stdout,
    ) as { timeline: { date: { value: string } }[] };
    const values = timeline.timeline.map((e) => e.date.value);
    expect(values.indexOf('2016-07')).toBeLessThan(values.indexOf('2016-09-08'));
    const meetings = await testimony('meetings', 'sessions', '--with', 'kislyak');
    expect(meetings.stdout).toContain('2016-09-08');
    expect(meetings.stdout).toContain('Sergey Kislyak (attendee)');
    const statements = JSON.parse(
      (await testimony('statements', 'sessions', '--stance', 'denies', '--format', 'json')).stdout,
    ) as { statements: { totalCount: number } };
    expect(statements.statements.totalCount).toBe(2);
    const contradictions = await testimony('contradictions', 'Sessions');
    expect(contradictions.stdout).toContain('Office meeting between Sessions and Kislyak');
    // Each response says what it does with the denial: defends it, or qualifies it (hedges).
    expect(contradictions.stdout).toContain('defended by Sarah Isgur Flores');
    expect(contradictions.stdout).toContain('qualified, the report says (link inferred)');
    expect(contradictions.stdout).not.toContain('defended or qualified');
    const speaks = await testimony('who-speaks-for', 'Jeff Sessions');
    expect(speaks.stdout).toContain('Sarah Isgur Flores');
    const search = JSON.parse(
      (await testimony('search', 'misleading', '--format', 'json')).stdout,
    ) as { search: { node: { id: string } }[] };
    expect(search.search[0]?.node.id).toBe('statement:flores-defends-hearing-answer');
    const stats = JSON.parse((await testimony('stats', '--format', 'json')).stdout) as {
      stats: { nodes: number };
    };
    expect(stats.stats.nodes).toBeGreaterThan(100);
  });

  it('query runs a named read query with --param, as a table or JSON', async () => {
    const run = await testimony(
      'query',
      'who-speaks-for',
      '--param',
      'name=Jeff Sessions',
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { spokesperson: string }[])[0]?.spokesperson).toBe(
      'Sarah Isgur Flores',
    );
    const file = await testimony(
      'query',
      'cypher/queries/meetings-with-evidence.cypher',
      '--param',
      'name=Jeff Sessions',
    );
    expect(file.stdout).toContain('Sergey Kislyak');
  });

  it('every command has --help', async () => {
    for (const command of [
      'start',
      'serve',
      'seed',
      'validate',
      'path',
      'timeline',
      'meetings',
      'statements',
      'contradictions',
      'who-speaks-for',
      'search',
      'stats',
      'people',
      'query',
      'export',
      'token',
      'organizations',
      'events',
      'demands',
      'countries',
    ]) {
      const run = await testimony(command, '--help');
      expect(run.code, command).toBe(0);
      expect(run.stdout).toContain(`Usage: testimony ${command}`);
    }
    // Sixteen processes one after another: a hang guard for a loaded machine, not a timing claim.
  }, 180_000);
});

describe('testimony: bad input', () => {
  it('an unknown command or flag exits 2 with usage', async () => {
    const command = await testimony('frobnicate');
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("unknown command 'frobnicate'");
    expect(command.stderr).toContain('Usage: testimony');
    const flag = await testimony('path', 'a', 'b', '--bogus');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("unknown option '--bogus'");
  });

  it('an unknown name exits 1 and lists the closest candidates', async () => {
    const run = await testimony('timeline', 'Sesions');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[NOT_FOUND] No person or other node is called "Sesions".');
    expect(run.stderr).toContain('Jeff Sessions (person:jeff-sessions)');
  });

  it('an ambiguous name exits 1 and lists the candidates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testimony-ambiguous-'));
    writeFileSync(join(dir, 'text.txt'), 'Alex Able and Alex Baker both go by Alex.');
    writeFileSync(
      join(dir, 'ambiguous.yaml'),
      [
        'dataset: fixture-ambiguous',
        'sources: [{ id: "source:ambiguous", title: Ambiguous, kind: news-report, file: text.txt }]',
        'people:',
        '  - { id: "person:alex-able", name: Alex Able, aliases: [Alex], evidence: [{ quote: Alex Able }] }',
        '  - { id: "person:alex-baker", name: Alex Baker, aliases: [Alex], evidence: [{ quote: Alex Baker }] }',
      ].join('\n'),
    );
    await seed(driver, await prepareDatasets([join(dir, 'ambiguous.yaml')]), {
      database: target.database,
      reporter: silentReporter,
    });
    try {
      const run = await testimony('meetings', 'alex');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('[AMBIGUOUS] "alex" names 2 people:');
      expect(run.stderr).toContain('Alex Able (person:alex-able)');
      expect(run.stderr).toContain('Alex Baker (person:alex-baker)');
    } finally {
      await clearGraph(driver, target.database);
      await seedBundled(driver);
    }
  });

  it('a .cypher file with a write clause is refused, and the graph is unchanged', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'testimony-write-')), 'wipe.cypher');
    writeFileSync(file, '// looks harmless\nMATCH (n) WITH n LIMIT 1 DETACH DELETE n');
    const before = await graphChecksum(driver, target.database);
    const run = await testimony('query', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[USAGE] Refused:');
    expect(run.stderr).toContain('read-only');
    expect(await graphChecksum(driver, target.database)).toEqual(before);
  });

  it('a missing parameter is named; a malformed --param is refused', async () => {
    const missing = await testimony('query', 'who-speaks-for');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('who-speaks-for needs $name');
    const malformed = await testimony('query', 'who-speaks-for', '--param', 'name');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--param "name" is malformed: expected key=value');
  });

  it('a query Neo4j refuses (an unknown procedure) is a coded error, not an internal one', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'testimony-proc-')), 'proc.cypher');
    writeFileSync(file, 'CALL no.such.procedure() YIELD x RETURN x');
    const run = await testimony('query', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[QUERY_INVALID]');
    expect(run.stderr).toContain('no.such.procedure');
    expect(run.stderr).toContain('What to do:');
    expect(run.stderr).not.toContain('Internal error');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a query past TESTIMONY_QUERY_TIMEOUT_MS ends as QUERY_TIMEOUT', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'testimony-slow-')), 'slow.cypher');
    writeFileSync(file, 'UNWIND range(1, 1000000000) AS x RETURN count(x) AS n');
    const run = await runCli(
      ['query', file],
      { ...env, TESTIMONY_QUERY_TIMEOUT_MS: '300' },
      {
        bin: true,
      },
    );
    expect(run.stderr).toContain('[QUERY_TIMEOUT]');
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('NEO4J_URI without NEO4J_PASSWORD is CONFIG_INVALID for a question, before any connection', async () => {
    const run = await runCli(
      ['stats'],
      baseEnv({ NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` }),
      { bin: true, timeoutMs: 30_000 },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[CONFIG_INVALID] NEO4J_URI is set');
    expect(run.stderr).toContain('NEO4J_PASSWORD');
  });

  it('--max-hops out of range exits 2', async () => {
    for (const hops of ['0', '50', 'x']) {
      const run = await testimony('path', 'flores', 'kislyak', '--max-hops', hops);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('expected a whole number from 1 to 10');
    }
  });

  it('an unreachable database exits 3 with a clear message, without hanging', async () => {
    // Not a timing assertion: a hung run is killed after 30 s and then has no exit code.
    const run = await runCli(
      ['stats'],
      baseEnv({
        NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
        NEO4J_PASSWORD: 'whatever-it-is',
      }),
      { bin: true, timeoutMs: 30_000 },
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('[NEO4J_UNREACHABLE]');
    expect(run.stderr).toContain('npm start');
  });
});
