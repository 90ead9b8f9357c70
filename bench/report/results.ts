// Turns the phases' raw measurements into the results file: fixed top-level keys (compared across
// versions), the adjacency-cache variant under the same keys, the floor ratios and the goals.
import type { Summary } from '../stats.ts';
import { ratio } from '../stats.ts';
import type { ImportResult } from '../phases/import-phase.ts';

type Raw = Record<string, unknown> & { measures: Record<string, Summary>; floor: Record<string, unknown> };

const p95 = (m: Record<string, Summary>, k: string): number => m[k]?.p95 ?? NaN;

/** The query keys of one configuration (SQLite alone, or with the adjacency cache). */
export function queryKeys(raw: Raw): Record<string, unknown> {
  const m = raw.measures;
  const f = raw.floor as Record<string, Summary>;
  const mem = raw['memory'] as { rss_mb: number; rss_anon_mb: number; rss_file_mb: number };
  const r = (k: string, fk: string) => ratio(p95(m, k), f[fk]?.p95 ?? NaN);
  return {
    open_ms: raw['open_ms'],
    open_process_ms: raw['open_process_ms'],
    counts_ms: raw['counts_ms'],
    rss_mb: mem.rss_mb,
    rss_anon_mb: mem.rss_anon_mb,
    rss_file_mb: mem.rss_file_mb,
    search_p50_ms: m['search']?.p50,
    search_p95_ms: p95(m, 'search'),
    search_entities_p95_ms: p95(m, 'search_entities'),
    entity_detail_p95_ms: p95(m, 'entity_detail'),
    entity_detail_hub_p95_ms: p95(m, 'entity_detail_hub'),
    neighbourhood_1hop_p95_ms: p95(m, 'nb1'),
    neighbourhood_1hop_hub_p95_ms: p95(m, 'nb1_hub'),
    neighbourhood_2hop_p95_ms: p95(m, 'nb2'),
    neighbourhood_2hop_hub_p95_ms: p95(m, 'nb2_hub'),
    path_p95_ms: p95(m, 'path'),
    path_status_p95_ms: p95(m, 'path_confirmed'),
    neighbourhood_1hop_ratio: r('nb1_traversal', 'nb1'),
    neighbourhood_1hop_hub_ratio: r('nb1_hub_traversal', 'nb1_hub'),
    neighbourhood_2hop_ratio: r('nb2_traversal', 'nb2'),
    neighbourhood_2hop_hub_ratio: r('nb2_hub_traversal', 'nb2_hub'),
    path_ratio: r('path_traversal', 'path'),
    path_status_ratio: r('path_confirmed_traversal', 'path_confirmed'),
    ...(raw['as_of_5k_ms'] !== undefined ? { as_of_5k_ms: raw['as_of_5k_ms'] } : {}),
    ...Object.fromEntries(
      ['edit_p95_ms', 'undo_p95_ms', 'merge_hub_ms'].filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]]),
    ),
    ...(raw['ingest_article_ms'] !== undefined ? { ingest_article_ms: raw['ingest_article_ms'] } : {}),
    ...Object.fromEntries(EXPORT_SEARCH_KEYS.filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]])),
    ...(raw['adjacency_build_ms'] !== undefined ? { adjacency_build_ms: raw['adjacency_build_ms'] } : {}),
  };
}

export function floorKeys(raw: Raw): Record<string, unknown> {
  const f = raw.floor as Record<string, Summary> & { build_ms: number; bytes: number };
  return {
    build_ms: f.build_ms,
    bytes: f.bytes,
    neighbourhood_1hop_p95_ms: f['nb1']?.p95,
    neighbourhood_1hop_hub_p95_ms: f['nb1_hub']?.p95,
    neighbourhood_2hop_p95_ms: f['nb2']?.p95,
    neighbourhood_2hop_hub_p95_ms: f['nb2_hub']?.p95,
    path_p95_ms: f['path']?.p95,
    path_status_p95_ms: f['path_confirmed']?.p95,
  };
}

const EXPORT_SEARCH_KEYS = [
  'export_rows_per_s',
  'export_rss_mb',
  'export_s',
  'export_heap_mb',
  'search_worst_p95_ms',
  'search_worst_query',
  'server_stall_max_ms',
  'server_stall_export_json_ms',
  'server_stall_export_graphml_ms',
  'server_stall_import_wait_ms',
  'server_stall_import_result',
];

export const GOALS: readonly { key: string; op: '>=' | '<' | '<='; value: number }[] = [
  { key: 'import_rows_per_s', op: '>=', value: 200_000 },
  { key: 'search_p95_ms', op: '<', value: 10 },
  { key: 'entity_detail_p95_ms', op: '<', value: 5 },
  { key: 'neighbourhood_1hop_p95_ms', op: '<', value: 5 },
  { key: 'neighbourhood_2hop_p95_ms', op: '<', value: 50 },
  { key: 'neighbourhood_1hop_ratio', op: '<=', value: 20 },
  { key: 'neighbourhood_2hop_ratio', op: '<=', value: 20 },
  { key: 'path_p95_ms', op: '<', value: 100 },
  { key: 'open_ms', op: '<', value: 1000 },
  { key: 'rss_mb', op: '<', value: 400 },
  { key: 'ui_max_block_ms', op: '<', value: 100 },
  { key: 'as_of_5k_ms', op: '<=', value: 50 },
  { key: 'claims_view_1000_ms', op: '<=', value: 1000 },
  { key: 'date_control_max_block_ms', op: '<=', value: 100 },
  { key: 'edit_p95_ms', op: '<=', value: 20 },
  { key: 'merge_hub_ms', op: '<=', value: 1000 },
  { key: 'undo_p95_ms', op: '<=', value: 50 },
  { key: 'ingest_article_ms', op: '<=', value: 300 },
  { key: 'export_rows_per_s', op: '>=', value: 100_000 },
  { key: 'export_rss_mb', op: '<=', value: 500 },
  { key: 'search_worst_p95_ms', op: '<=', value: 50 },
  { key: 'server_stall_max_ms', op: '<=', value: 100 },
];

export function goals(flat: Record<string, unknown>): { key: string; goal: string; value: unknown; met: boolean }[] {
  return GOALS.map((g) => {
    const v = Number(flat[g.key]);
    const met = g.op === '>=' ? v >= g.value : g.op === '<' ? v < g.value : v <= g.value;
    return { key: g.key, goal: `${g.op} ${g.value}`, value: flat[g.key], met };
  });
}

export interface PhaseResults {
  scale: string;
  seed: number;
  machine: unknown;
  imported: ImportResult;
  sqlite: Raw;
  cached: Raw;
  noMmap: Raw;
  worker: Record<string, unknown> | null;
  renderer: Record<string, unknown> | null;
}

export function buildResults(p: PhaseResults): Record<string, unknown> {
  const top: Record<string, unknown> = {
    import_rows_per_s: p.imported.import_rows_per_s,
    writer_rows_per_s: p.imported.writer_rows_per_s,
    import_s: p.imported.import_s,
    import_phases_ms: p.imported.phases_ms,
    db_bytes: p.imported.db_bytes,
    ...queryKeys(p.sqlite),
    ui_max_block_ms: p.worker?.['ui_max_block_ms'] ?? null,
    claims_view_1000_ms: p.renderer?.['claims_view_1000_ms'] ?? null,
    date_control_max_block_ms: p.renderer?.['date_control_max_block_ms'] ?? null,
  };
  const cached = queryKeys(p.cached);
  return {
    format: 'claimscape-bench',
    version: 1,
    scale: p.scale,
    timestamp: new Date().toISOString(),
    seed: p.seed,
    machine: p.machine,
    counts: p.imported.counts,
    rows: p.imported.rows,
    ...top,
    with_adjacency_cache: { ...cached, goals: goals({ ...top, ...cached }) },
    what_if_mmap_0: queryKeys(p.noMmap),
    floor: floorKeys(p.sqlite),
    goals: goals(top),
    worker: p.worker,
    renderer: p.renderer,
    details: { import: p.imported, sqlite: p.sqlite, with_adjacency_cache: p.cached, what_if_mmap_0: p.noMmap },
  };
}
