// Markdown tables for docs/BENCHMARKS.md: one column per scale, rows for every fixed key.

/** One run's results file (bench/results/latest-<scale>.json). */
export type Results = Record<string, unknown> & { scale: string; timestamp: string };

type Row = [label: string, key: string, goal: string];

const fmt = (v: unknown): string => {
  if (v === undefined || v === null || (typeof v === 'number' && Number.isNaN(v))) return '–';
  if (typeof v !== 'number') return String(v);
  if (Math.abs(v) >= 10_000) return Math.round(v).toLocaleString('en-US');
  return String(Math.round(v * 100) / 100);
};

const get = (r: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), r);

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

const QUERY_ROWS: Row[] = [
  ['open + first search (ms)', 'open_ms', '< 1000'],
  ['process RSS (MB)', 'rss_mb', '< 400'],
  ['  of which heap/anon (MB)', 'rss_anon_mb', ''],
  ['  of which mapped db pages (MB)', 'rss_file_mb', ''],
  ['search p50 (ms)', 'search_p50_ms', ''],
  ['search p95 (ms)', 'search_p95_ms', '< 10'],
  ['entity detail p95 (ms)', 'entity_detail_p95_ms', '< 5'],
  ['entity detail p95, top-1% hubs (ms)', 'entity_detail_hub_p95_ms', ''],
  ['1-hop p95 (ms)', 'neighbourhood_1hop_p95_ms', '< 5'],
  ['1-hop p95, hubs (ms)', 'neighbourhood_1hop_hub_p95_ms', ''],
  ['2-hop p95, cap 500 (ms)', 'neighbourhood_2hop_p95_ms', '< 50'],
  ['2-hop p95, hubs (ms)', 'neighbourhood_2hop_hub_p95_ms', ''],
  ['path p95 (ms)', 'path_p95_ms', '< 100'],
  ['path p95, asserted/confirmed only (ms)', 'path_status_p95_ms', ''],
  ['1-hop traversal / floor', 'neighbourhood_1hop_ratio', '<= 20'],
  ['1-hop hubs / floor', 'neighbourhood_1hop_hub_ratio', ''],
  ['2-hop traversal / floor', 'neighbourhood_2hop_ratio', '<= 20'],
  ['2-hop hubs / floor', 'neighbourhood_2hop_hub_ratio', ''],
  ['path traversal / floor', 'path_ratio', ''],
  ['status path / floor', 'path_status_ratio', ''],
];

function machine(results: Results[]): string[] {
  const m = (results[results.length - 1]?.['machine'] ?? {}) as Record<string, unknown>;
  const r = results.map((x) => x['renderer']).find(Boolean) as Record<string, unknown> | undefined;
  return [
    '## Machine',
    '',
    ...table(
      ['', ''],
      [
        [
          'CPU',
          `${fmt(m['cpu'])}, ${fmt(m['cores'])} cores (shared with other jobs; load average at start ${JSON.stringify(m['load_avg_at_start'])})`,
        ],
        ['RAM', `${fmt(m['ram_gb'])} GB`],
        ['OS', fmt(m['os'])],
        ['Node', fmt(m['node'])],
        ['SQLite', `${fmt(m['sqlite'])} (better-sqlite3 ${fmt(m['better_sqlite3'])})`],
        ['Chromium', `${fmt(r?.['chromium'])}, WebGL: ${fmt(r?.['webgl_renderer'])}`],
      ],
    ),
    '',
  ];
}

function scaleTable(results: Results[], prefix: string, keys?: string[]): string[] {
  const head = ['', 'goal at 1M', ...results.map((r) => r.scale)];
  const rows = QUERY_ROWS.filter(([, key]) => !keys || keys.includes(key)).map(([label, key, goal]) => [
    label,
    goal,
    ...results.map((r) => fmt(get(r, prefix + key))),
  ]);
  return table(head, rows);
}

function importTable(results: Results[]): string[] {
  const rows: Row[] = [
    ['rows (entities+aliases+sources+relations+claims)', 'rows', ''],
    ['import rows/s (generator + writer)', 'import_rows_per_s', '>= 200,000'],
    ['writer rows/s (generation time subtracted)', 'writer_rows_per_s', ''],
    ['import time (s)', 'import_s', ''],
    ['database size (MB)', 'db_mb', ''],
    ['worker import, NDJSON + validation, 100k (rows/s)', 'worker.worker_rows_per_s', ''],
    ['main thread max block during worker import (ms)', 'ui_max_block_ms', '< 100'],
    ['main-thread search p95 during worker import (ms)', 'worker.ui_reads_during_import.p95', ''],
    ['cancel to rolled back (ms)', 'worker.cancel.cancel_ms', ''],
  ];
  const withMb = results.map((r) => ({ ...r, db_mb: Number(r['db_bytes']) / 2 ** 20 }));
  const phases = results.map((r) =>
    Object.entries((r['import_phases_ms'] ?? {}) as Record<string, number>)
      .map(([k, v]) => `${k} ${fmt(v / 1000)}`)
      .join(', '),
  );
  return [
    ...table(
      ['', 'goal at 1M', ...results.map((r) => r.scale)],
      [...rows.map(([l, k, g]) => [l, g, ...withMb.map((r) => fmt(get(r, k)))]), ['phases (s)', '', ...phases]],
    ),
  ];
}

function goalsAt(r: Results | undefined, prefix: string): string[] {
  const gs = (get(r ?? {}, `${prefix}goals`) ?? []) as { key: string; goal: string; value: unknown; met: boolean }[];
  return gs.map((g) => `- ${g.met ? 'met' : '**missed**'}: \`${g.key}\` ${fmt(g.value)} (goal ${g.goal})`);
}

export function renderSections(results: Results[]): string[] {
  if (!results.length) return ['No results yet: run `npm run bench -- --scale 10k`.', ''];
  const largest = results[results.length - 1];
  return [
    'Run: `npm run bench -- --scale 10k|100k|1m` (flags: `--seed`, `--skip-browser`, `--skip-worker`, `--frame-budget <ms>`, `--import-threads 1|2`: the import on one thread, or reading beside the writer as the app does into an empty database, the default).',
    `Results: \`bench/results/<scale>-<timestamp>.json\` and \`latest-<scale>.json\`. Columns below: ${results.map((r) => `${r.scale} (${r.timestamp.slice(0, 16)})`).join(', ')}.`,
    '',
    ...machine(results),
    '## Import',
    '',
    ...importTable(results),
    '',
    '## Queries: SQLite only (what the app does today)',
    '',
    "Each figure is over repeated calls through the app's services (graph-service) in a fresh process: p50/p95 of 100-300 calls, random starts and the top-1% hubs, default cap 500. Ratios compare the traversal alone (graph-queries) with the same algorithm on CSR arrays (the floor).",
    '',
    ...scaleTable(results, ''),
    '',
    '## Queries: with the adjacency cache attached (bench/adjacency-cache.ts)',
    '',
    ...scaleTable(results, 'with_adjacency_cache.'),
    '',
    '## SQLite only with `PRAGMA mmap_size = 0` (what main/db/open.ts does now; the tables above had 256 MiB)',
    '',
    ...scaleTable(
      results.filter((r) => r['what_if_mmap_0']),
      'what_if_mmap_0.',
      [
        'open_ms',
        'rss_mb',
        'rss_anon_mb',
        'rss_file_mb',
        'search_p95_ms',
        'entity_detail_p95_ms',
        'neighbourhood_1hop_p95_ms',
        'neighbourhood_2hop_p95_ms',
        'path_p95_ms',
      ],
    ),
    '',
    ...table(
      ['adjacency cache', ...results.map((r) => r.scale)],
      [
        [
          'build in slices, off the first answer (ms)',
          ...results.map((r) => fmt(get(r, 'with_adjacency_cache.adjacency_build_ms'))),
        ],
        ['CSR bytes (MB)', ...results.map((r) => fmt(Number(get(r, 'floor.bytes')) / 2 ** 20))],
      ],
    ),
    '',
    `## Goals at ${largest?.scale ?? ''} (largest scale run)`,
    '',
    'SQLite only:',
    '',
    ...goalsAt(largest, ''),
    '',
    'With the adjacency cache:',
    '',
    ...goalsAt(largest, 'with_adjacency_cache.'),
    '',
    ...renderer(results),
  ];
}

function renderer(results: Results[]): string[] {
  const withR = [...results].reverse().find((r) => r['renderer']);
  const r = withR?.['renderer'] as
    { draws?: Record<string, unknown>[]; layouts?: Record<string, unknown>[]; frame_budget_ms?: number } | undefined;
  if (!r) return [];
  const draws = (r.draws ?? []).map((d) => [
    String(d['renderer']),
    `${fmt(d['nodes'])}+${fmt(d['edges'])}`,
    fmt(d['first_draw_ms']),
    fmt(d['frames']),
    fmt(d['mean_ms']),
    fmt(d['p95_ms']),
    d['redraws'] === null || d['redraws'] === undefined ? '–' : `${fmt(d['redraws'])} × ${fmt(d['redraw_ms'])} ms`,
  ]);
  const layouts = (r.layouts ?? []).map((l) => [
    String(l['layout']),
    `${fmt(l['nodes'])}+${fmt(l['edges'])}`,
    fmt(l['ms']),
  ]);
  return [
    `## Rendering in headless Chromium (software: SwiftShader, no GPU), from the ${withR?.scale} run`,
    '',
    `Views are the top hub's neighbourhood capped at 1k, 5k and 20k elements (nodes+edges; fewer when the graph has fewer within 3 hops), at fixed radial positions shared by all renderers. Frames: 60 requestAnimationFrame-driven zoom/pan steps, stopped early after ${fmt(r.frame_budget_ms)} ms.`,
    '',
    ...table(
      [
        'renderer',
        'nodes+edges',
        'first drawing (ms)',
        'frames',
        'mean ms/frame',
        'p95 ms/frame',
        'Cytoscape full redraws',
      ],
      draws,
    ),
    '',
    '### Layouts (headless Cytoscape, layout work only, 60 s time box)',
    '',
    ...table(['layout', 'nodes+edges', 'ms'], layouts),
    '',
  ];
}
