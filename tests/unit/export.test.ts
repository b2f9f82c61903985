import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { TestimonyError } from '../../src/errors.js';
import {
  ARRAY_DELIMITER_CANDIDATES,
  chooseArrayDelimiter,
  csvImportOptions,
} from '../../src/export/array-delimiter.js';
import { importCommand, writeCsv } from '../../src/export/csv.js';
import type { ExportedGraph } from '../../src/export/graph.js';
import { toGraphml, XML_REPLACEMENT_CHARACTER } from '../../src/export/graphml.js';
import { toJson } from '../../src/export/json.js';

/** Two people and a meeting, with the values that break naive CSV and XML writers. */
function smallGraph(aliases: string[] = ['Jeff', 'Beauregard; the Senator']): ExportedGraph {
  return {
    nodes: [
      {
        id: 'person:jeff-sessions',
        labels: ['Entity', 'Person'],
        properties: { id: 'person:jeff-sessions', name: 'Jeff "Beau" Sessions', aliases },
        types: [
          ['id', 'STRING NOT NULL'],
          ['name', 'STRING NOT NULL'],
          ['aliases', 'LIST<STRING NOT NULL> NOT NULL'],
        ],
      },
      {
        id: 'person:sergey-kislyak',
        labels: ['Entity', 'Person'],
        properties: { id: 'person:sergey-kislyak', name: 'Sergey\u0000 Kislyak\u001b, ambassador' },
        types: [
          ['id', 'STRING NOT NULL'],
          ['name', 'STRING NOT NULL'],
        ],
      },
    ],
    relationships: [
      {
        start: 'person:jeff-sessions',
        type: 'MET_WITH',
        end: 'person:sergey-kislyak',
        properties: { date: '2016-09-08', note: 'line one\nline two, "quoted", a <b> & c' },
        types: [
          ['date', 'STRING NOT NULL'],
          ['note', 'STRING NOT NULL'],
        ],
      },
    ],
  };
}

describe('CSV array delimiter', () => {
  it('is the importer default ";" when no list value holds one', () => {
    expect(chooseArrayDelimiter(smallGraph(['Jeff', 'Beau']))).toBe(';');
  });

  it('moves to the next candidate when a value holds ";" (and the next)', () => {
    expect(chooseArrayDelimiter(smallGraph())).toBe('|');
    expect(chooseArrayDelimiter(smallGraph(['a;b', 'c|d']))).toBe('^');
  });

  it('is a coded error naming the entity and field when every candidate occurs', () => {
    const graph = smallGraph([ARRAY_DELIMITER_CANDIDATES.join('')]);
    let thrown: unknown;
    try {
      chooseArrayDelimiter(graph);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TestimonyError);
    expect((thrown as TestimonyError).code).toBe('EXPORT_UNSUPPORTED');
    expect((thrown as TestimonyError).message).toContain('person:jeff-sessions aliases');
    expect((thrown as TestimonyError).hint).toContain('JSON or GraphML');
  });
});

describe('CSV export of an in-memory graph', () => {
  it('joins lists with the chosen delimiter, records it, and prints it in the import command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'testimony-csv-unit-'));
    const { files, arrayDelimiter } = await writeCsv(smallGraph(), dir);
    expect(arrayDelimiter).toBe('|');
    const people = readFileSync(join(dir, 'nodes-Person.csv'), 'utf8').split('\n');
    expect(people[0]).toBe('"id:ID",":LABEL","aliases:string[]","name"');
    expect(people[1]).toBe(
      '"person:jeff-sessions","Entity|Person","Jeff|Beauregard; the Senator","Jeff ""Beau"" Sessions"',
    );
    // No aliases: an empty unquoted field, which the importer reads as no property (not "").
    expect(people[2]).toMatch(/^"person:sergey-kislyak","Entity\|Person",,"/);
    expect(readFileSync(join(dir, 'relationships-MET_WITH.csv'), 'utf8')).toContain(
      '"line one\nline two, ""quoted"", a <b> & c"',
    );
    expect(csvImportOptions(dir)).toEqual(['--multiline-fields=true', '--array-delimiter=|']);
    expect(importCommand(files, arrayDelimiter)).toContain("--array-delimiter='|'");
  });

  it('a folder without a manifest imports with the importer default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'testimony-csv-old-'));
    expect(csvImportOptions(dir)).toContain('--array-delimiter=;');
  });
});

describe('GraphML export of an in-memory graph', () => {
  const parse = (xml: string) =>
    new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['node', 'edge', 'key', 'data'].includes(name),
    }).parse(xml) as {
      graphml: {
        key: unknown[];
        graph: { node: { data: { '#text': string }[] }[]; edge: { data: { '#text': string }[] }[] };
      };
    };

  it('is well-formed XML with every node, edge and key', () => {
    const xml = toGraphml(smallGraph());
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parse(xml);
    expect(doc.graphml.graph.node).toHaveLength(2);
    expect(doc.graphml.graph.edge).toHaveLength(1);
    // n_label, n_labels, n_aliases, n_id, n_name, e_type, e_date, e_note
    expect(doc.graphml.key).toHaveLength(8);
  });

  it('replaces characters XML 1.0 cannot carry with U+FFFD and keeps the rest', () => {
    const xml = toGraphml(smallGraph());
    const controls = [...xml].filter(
      (c) => (c.codePointAt(0) ?? 0) < 0x20 && !'\t\n\r'.includes(c),
    );
    expect(controls).toEqual([]);
    const texts = parse(xml).graphml.graph.node[1]?.data.map((d) => d['#text']);
    expect(texts).toContain(
      `Sergey${XML_REPLACEMENT_CHARACTER} Kislyak${XML_REPLACEMENT_CHARACTER}, ambassador`,
    );
    const first = parse(xml).graphml.graph.node[0]?.data.map((d) => d['#text']);
    expect(first).toContain('Jeff "Beau" Sessions');
    expect(xml).toContain('a &lt;b&gt; &amp; c');
  });
});

describe('JSON export of an in-memory graph', () => {
  it('keeps ids, labels and properties, without the Neo4j type names', () => {
    const parsed = JSON.parse(toJson(smallGraph())) as ExportedGraph;
    expect(parsed.nodes[0]).toEqual({
      id: 'person:jeff-sessions',
      labels: ['Entity', 'Person'],
      properties: smallGraph().nodes[0]?.properties,
    });
    expect(parsed.relationships[0]?.properties).toEqual(smallGraph().relationships[0]?.properties);
    expect(parsed.relationships[0]).not.toHaveProperty('types');
  });
});
