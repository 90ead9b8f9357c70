// CSV import and export: Gephi's table export with its nodes companion, delimiters, quoting, line
// endings, byte-order marks, column mapping, and the formula guard in both directions.
import { describe, expect, it } from 'vitest';
import { csvFormat } from '../../../graph-data/formats/csv.ts';
import { protectFormula, unprotectFormula } from '../../../graph-data/formats/csv-formula.ts';
import { detectDelimiter } from '../../../graph-data/formats/csv-parse.ts';
import type { ParseOptions } from '../../../graph-data/formats/format.ts';
import { ctxFor, declared, entityById, expectError, fixture } from './helpers.ts';

const parse = (
  text: string,
  more: { options?: ParseOptions; companions?: Record<string, string> } = {},
  name = 'edges.csv',
) => csvFormat.parse(text, ctxFor(name, text, more));

describe('CSV written by Gephi', () => {
  it('reads an edges table with its nodes table as a companion', () => {
    const { doc } = parse(fixture('interop/gephi-edges.csv'), {
      companions: { nodes: fixture('interop/gephi-nodes.csv') },
    });
    expect(declared(doc).map((e) => [e.id, e.label])).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['3', '3'],
      ['4', '4'],
      ['5', '5'],
    ]);
    expect(entityById(doc, '1').attributes).toMatchObject({
      bigint: '123456789123456789123456789123456789123456789123456789',
      boolean: 'false',
      string: 'ab',
    });
    expect(doc.relations.map((r) => r.id)).toEqual(['1--8--2', '2--1--1']);
    expect(doc.claims[0]).toMatchObject({ summary: '1', attributes: { Weight: 2 } });
    expect(doc.claims[1]?.attributes).toEqual({ Weight: 2, directed: false });
  });

  it('reads the nodes table alone when it has no source/target columns, with the edges as companion', () => {
    const { doc } = parse(
      fixture('interop/gephi-nodes.csv'),
      { companions: { edges: fixture('interop/gephi-edges.csv') } },
      'nodes.csv',
    );
    expect(declared(doc)).toHaveLength(5);
    expect(doc.relations).toHaveLength(2);
  });

  it('reads a UTF-8 file with a byte-order mark, merges a repeated id and skips an empty row', () => {
    const text = fixture('interop/gephi-utf8-bom-nodes.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const { doc, warnings } = parse(text, {}, 'nodes.csv');
    expect(declared(doc).map((e) => [e.id, e.label, e.attributes?.['utf8']])).toEqual([
      ['1', 'uno', '漢語'],
      ['2', 'dos', 'blabla'],
    ]);
    expect(warnings[0]).toMatchObject({ line: 4 });
  });
});

describe('CSV syntax', () => {
  it('detects , ; and TAB from the header, outside quotes', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('"a,b";c;d\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('reads quoted fields with doubled quotes and line breaks, under CRLF, LF and CR endings', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const text = ['source;target;label', 'a;b;"say ""hi"";', `x${eol}y"`, '', 'b;c;plain'].join(eol);
      const { doc } = parse(text);
      expect(doc.claims).toHaveLength(2);
      expect(doc.vocabulary?.predicates.find((p) => p.id === 'say-hi-x-y')?.label.en).toBe(`say "hi";${eol}x${eol}y`);
      expect(doc.claims[1]?.stated).toBeNull();
    }
  });

  it('accepts a missing final newline and an explicit delimiter', () => {
    const { doc } = parse('from|to\na|b', { options: { delimiter: '|' } });
    expect(doc.relations.map((r) => r.id)).toEqual(['a--related-to--b']);
    expectError(() => parse('a,b', { options: { delimiter: '""' } }), 'bad-argument');
  });

  it('maps columns by option, and by the usual names otherwise (Cytoscape "interaction")', () => {
    const byOption = parse('von,nach,rel,wann,quelle\na,b,supports,2024-10-18,https://x.test/1\n', {
      options: { columns: { source: 'von', target: 'nach', predicate: 'rel', date: 'wann', citation: 'quelle' } },
    }).doc;
    expect(byOption.claims[0]).toMatchObject({
      relation: 'a--supports--b',
      stated: '2024-10-18',
      attributes: { citation: 'https://x.test/1' },
    });
    const cy = parse('shared name,source,target,interaction,stance\nx,a,b,pp,reports\n').doc;
    expect(cy.relations[0]?.predicate).toBe('pp');
    expect(cy.claims[0]).toMatchObject({ stance: 'reports', attributes: { 'shared name': 'x' } });
  });

  it('creates nodes for an edge list without a nodes file, but refuses undeclared ends when one is given', () => {
    const { doc, warnings } = parse('source,target\nKorea Utara,Rusia\n');
    expect(declared(doc).map((e) => e.label)).toEqual(['Korea Utara', 'Rusia']);
    expect(warnings).toEqual([]);
    expectError(() => parse('source,target\na,zz\n', { companions: { nodes: 'id\na\n' } }), 'validation-error', {
      line: 2,
      value: 'zz',
    });
  });

  it('strips the formula guard only when the rest is a formula', () => {
    expect(protectFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(protectFormula('-5')).toBe("'-5");
    expect(protectFormula("'=x")).toBe("''=x");
    expect(protectFormula("'quoted")).toBe("'quoted");
    for (const s of ['=1+1', '+x', '-y', '@z', '\tt', '\rr', "'=x", "''@y", "'plain", "'", 'plain']) {
      expect(unprotectFormula(protectFormula(s))).toBe(s);
    }
    expect(unprotectFormula("'=HYPERLINK()")).toBe('=HYPERLINK()');
    expect(unprotectFormula("'not a formula")).toBe("'not a formula");
  });
});

describe('CSV errors', () => {
  it('names the line of an unclosed quote and of a row with the wrong number of cells', () => {
    expectError(() => parse(fixture('hostile/unclosed-quote.csv')), 'parse-error', { line: 3, column: 5 });
    expectError(() => parse(fixture('hostile/ragged.csv')), 'parse-error', { line: 3 });
    expectError(() => parse(fixture('hostile/text-after-quote.csv'), {}, 'nodes.csv'), 'parse-error', {
      line: 2,
      column: 11,
    });
  });

  it('names the companion file in its errors', () => {
    expectError(() => parse('source,target\na,b\n', { companions: { nodes: 'id,label\n"x,y\n' } }), 'parse-error', {
      file: 'edges.csv [nodes]',
      line: 2,
    });
  });

  it('says so when a column named in the options is not in the header', () => {
    expectError(() => parse('from,to\na,b\n', { options: { columns: { source: 'von' } } }), 'bad-argument', {
      path: 'columns.source',
      value: 'von',
    });
  });

  it('refuses rows without an id or an endpoint', () => {
    expectError(() => parse('id,label\n,orphan\n', {}, 'nodes.csv'), 'validation-error', { line: 2 });
    expectError(() => parse('source,target\na,\n'), 'validation-error', { line: 2, path: 'target' });
  });
});

describe('CSV export', () => {
  it('writes nodes.csv, edges.csv and claims.csv with CRLF, RFC 4180 quoting and formula guards', () => {
    const { doc } = parse('source,target,label\na,b,"supplies"\n');
    const a = entityById(doc, 'a');
    a.label = '=cmd|"/c calc"!A1';
    a.description = 'two\nlines, "quoted"';
    const files = csvFormat.serialize(doc);
    expect(files.map((f) => f.name)).toEqual(['nodes.csv', 'edges.csv', 'claims.csv']);
    const [nodes, edges, claims] = files.map((f) => f.text);
    expect(nodes?.startsWith('id,label,kind,description,aliases\r\n')).toBe(true);
    expect(nodes).toContain(`a,"'=cmd|""/c calc""!A1",other,"two\nlines, ""quoted""",\r\n`);
    expect(nodes?.charCodeAt(0)).not.toBe(0xfeff);
    expect(edges?.split('\r\n')[0]).toBe(
      'id,source,target,predicate,status,claim_count,first_stated,last_stated,sources,claimants,label',
    );
    expect(edges).toContain('a--supplies--b,a,b,supplies,asserted,1,,,edges.csv,Dataset: edges.csv,supplies\r\n');
    expect(claims?.split('\r\n')[0]).toBe(
      'id,relation,claimant,stance,source,stated,summary,holds_from,holds_until,confidence,reported_via,excerpt',
    );
    const back = parse(edges ?? '', { companions: { nodes: nodes ?? '' } }).doc;
    expect(entityById(back, 'a')).toMatchObject({ label: '=cmd|"/c calc"!A1', description: 'two\nlines, "quoted"' });
  });
});
