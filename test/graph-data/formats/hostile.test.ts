// Hostile and broken input: every parse fails fast with a stable code and says where. Covers entity
// attacks (billion laughs, XXE, external DTD), malformed XML, encodings, binary data and the limits.
import { describe, expect, it } from 'vitest';
import type { ErrorCode, ErrorWhere } from '../../../graph-data/model/errors.ts';
import type { GraphFormat } from '../../../graph-data/formats/format.ts';
import { csvFormat } from '../../../graph-data/formats/csv.ts';
import { gexfFormat } from '../../../graph-data/formats/gexf.ts';
import { graphmlFormat } from '../../../graph-data/formats/graphml.ts';
import { cytoscapeJsonFormat } from '../../../graph-data/formats/cytoscape-json.ts';
import { ctxFor, expectError, fixture, fixtureBytes } from './helpers.ts';

const byExt: Record<string, GraphFormat> = { graphml: graphmlFormat, gexf: gexfFormat, csv: csvFormat, bin: csvFormat };

function parseFile(name: string, text: string, limits = {}) {
  const format = byExt[name.split('.').pop() ?? ''] ?? csvFormat;
  return format.parse(text, ctxFor(name, text, { limits }));
}

const CASES: [string, ErrorCode, Partial<ErrorWhere>][] = [
  ['billion-laughs.graphml', 'forbidden', { line: 2, column: 1 }],
  ['xxe.gexf', 'forbidden', { line: 2, column: 1 }],
  ['external-dtd.graphml', 'forbidden', { line: 2, column: 1 }],
  ['quadratic-blowup.gexf', 'forbidden', { line: 2, column: 1 }],
  ['entity-without-doctype.graphml', 'forbidden', { line: 4, column: 5 }],
  ['not-well-formed.graphml', 'parse-error', { line: 6 }],
  ['undefined-entity.gexf', 'parse-error', { line: 5 }],
  ['deep-nesting.graphml', 'too-deep', { line: 4 }],
  ['latin1.graphml', 'invalid-format', { line: 1, value: 'ISO-8859-1' }],
  ['unsupported-version.gexf', 'unsupported-version', { line: 2, value: '2.0' }],
  ['missing-node.graphml', 'validation-error', { line: 7, value: 'ghost' }],
  ['garbage.bin', 'invalid-format', {}],
  ['empty.csv', 'invalid-format', {}],
  ['mojibake.csv', 'invalid-format', { line: 3, column: 7 }],
  ['unclosed-quote.csv', 'parse-error', { line: 3, column: 5 }],
  ['ragged.csv', 'parse-error', { line: 3 }],
  ['text-after-quote.csv', 'parse-error', { line: 2, column: 11 }],
];

describe('hostile fixture files', () => {
  it.each(CASES)('%s fails with %s', (name, code, where) => {
    const err = expectError(() => parseFile(name, fixture(`hostile/${name}`)), code, { file: name, ...where });
    expect(err.message.length).toBeGreaterThan(10);
  });

  it('says the file is empty, for empty and blank files in every format', () => {
    for (const [name, text] of [
      ['a.graphml', ''],
      ['a.gexf', ' \n\t'],
      ['a.csv', '\uFEFF'],
    ] as const) {
      const err = expectError(() => parseFile(name, text), 'invalid-format');
      expect(err.message).toMatch(/the file is empty/);
    }
  });

  it('refuses UTF-16, whether read with its byte-order mark as UTF-8, as Latin-1, or without a mark', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"/></graphml>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    for (const text of [le.toString('utf8'), le.toString('latin1'), Buffer.from(xml, 'utf16le').toString('utf8')]) {
      expect(expectError(() => parseFile('utf16.graphml', text), 'invalid-format').message).toMatch(/UTF-16/);
    }
    expectError(() => parseFile('utf16.graphml', `\uFEFF${xml}`), 'invalid-format', { line: 1, value: 'UTF-16' });
  });

  it('refuses binary garbage even without NUL bytes', () => {
    const bytes = fixtureBytes('hostile/garbage.bin').filter((b) => b !== 0);
    const text = Buffer.from(bytes).toString('latin1');
    expectError(() => parseFile('garbage.csv', text), 'invalid-format');
  });
});

describe('limits', () => {
  const nodes = (n: number) =>
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">${Array.from({ length: n }, (_, i) => `<node id="n${i}"/>`).join('\n')}</graph></graphml>`;

  it('refuses input larger than maxBytes, counting UTF-8 bytes', () => {
    expectError(() => parseFile('big.graphml', nodes(50), { maxBytes: 100 }), 'too-large');
    expectError(() => parseFile('wide.csv', `id\n${'北'.repeat(40)}\n`, { maxBytes: 100 }), 'too-large');
  });

  it('refuses more nodes, edges and claims than maxElements, with the line reached', () => {
    expectError(() => parseFile('many.graphml', nodes(20), { maxElements: 10 }), 'too-large', { line: 10 });
    const csv = `source,target\n${Array.from({ length: 20 }, (_, i) => `a${i},b${i}`).join('\n')}\n`;
    expectError(() => parseFile('many.csv', csv, { maxElements: 10 }), 'too-large');
  });

  it('refuses nesting deeper than maxDepth', () => {
    expectError(
      () =>
        parseFile('deep.gexf', `<gexf version="1.3">${'<a>'.repeat(20)}${'</a>'.repeat(20)}</gexf>`, { maxDepth: 10 }),
      'too-deep',
      { line: 1 },
    );
  });

  it('stops with timeout when the time budget is spent', () => {
    const csv = `source,target\n${Array.from({ length: 50_000 }, (_, i) => `a${i},b${i}`).join('\n')}\n`;
    expectError(() => parseFile('slow.csv', csv, { timeBudgetMs: 0 }), 'timeout');
    expectError(() => parseFile('slow.graphml', nodes(20_000), { timeBudgetMs: 0 }), 'timeout');
  });
});

describe('classic attacks fail fast', () => {
  // Scaled-up attacks: each is refused at the attack itself (its line and column), with its own
  // code, before the rest of the input is read; a slow parse would end in 'timeout' instead (the
  // parser's time budget). How fast they fail is a timing figure, not a test assertion.
  const laughs = fixture('hostile/billion-laughs.graphml').replace(
    '<node id="a"><data key="d0">&lol9;</data></node>',
    '<node id="a"/>'.repeat(100_000),
  );
  const attacks: [string, ErrorCode, Partial<ErrorWhere>, string][] = [
    ['billion-laughs.graphml', 'forbidden', { line: 2, column: 1 }, laughs],
    ['xxe.gexf', 'forbidden', { line: 2, column: 1 }, fixture('hostile/xxe.gexf')],
    ['external-dtd.graphml', 'forbidden', { line: 2, column: 1 }, fixture('hostile/external-dtd.graphml')],
    [
      'quadratic-blowup.gexf',
      'forbidden',
      { line: 2, column: 1 },
      fixture('hostile/quadratic-blowup.gexf').replace(/(&a;)+/, '&a;'.repeat(200_000)),
    ],
    // 64 levels of '<graph>' after '<graphml>': refused at the 65th, not at the millionth.
    ['deep-nesting.graphml', 'too-deep', { line: 1, column: 451 }, `<graphml>${'<graph>'.repeat(1_000_000)}`],
    [
      'unclosed-quote.csv',
      'parse-error',
      { line: 2, column: 5 },
      `source,target,label\na,b,"${'x,'.repeat(1_000_000)}`,
    ],
    [
      'garbage.bin',
      'invalid-format',
      { line: 3, column: 185 },
      fixtureBytes('hostile/garbage.bin').toString('utf8').repeat(2_000),
    ],
  ];

  it.each(attacks)('%s is refused with %s where the attack starts', (name, code, where, text) => {
    expectError(() => parseFile(name, text), code, { file: name, ...where });
  });

  it('refuses lone UTF-16 surrogates, which SQLite would store as U+FFFD and no export could bring back', () => {
    const escaped = '{"elements":{"nodes":[{"data":{"id":"a","name":"Kepala \\ud800 dinas"}}],"edges":[]}}';
    expectError(() => cytoscapeJsonFormat.parse(escaped, ctxFor('lone.cyjs', escaped)), 'invalid-format', {
      path: '$.elements.nodes[0].data.name',
    });
    const raw = 'id,label\nn1,Kepala \ud800 dinas\n';
    expectError(() => parseFile('lone.csv', raw), 'invalid-format', { line: 2, column: 11 });
  });
});
