// Edit phase: adding a claim to an existing relation (status recomputed, history recorded), undoing
// it, and merging an entity with 10,000 relations into another; everything is undone afterwards,
// so the database ends as it began. Reports edit_p95_ms, undo_p95_ms, merge_hub_ms.
import { openDatabase } from '../../main/db/open.ts';
import { createEditService } from '../../main/services/edit-service.ts';
import { createHistoryService } from '../../main/services/history-service.ts';
import { STANCES } from '../../graph-data/model/types.ts';
import { createRng } from '../gen/rng.ts';
import { round, summarize } from '../stats.ts';

const HUB_RELATIONS = 10_000;
const SAMPLES = 200;

export function runEditPhase(dbFile: string, seed: number): Record<string, unknown> {
  const db = openDatabase(dbFile);
  try {
    const history = createHistoryService(db);
    const edits = createEditService(db, history);
    const rng = createRng(seed ^ 0xed17);
    const maxRid = Number(db.prepare('SELECT max(rid) FROM relations').pluck().get());
    const triple = db.prepare(`SELECT s.id AS subject, r.predicate, o.id AS object FROM relations r
      JOIN entities s ON s.eid = r.subject JOIN entities o ON o.eid = r.object WHERE r.rid = ?`);
    const source = String(db.prepare('SELECT id FROM sources LIMIT 1').pluck().get());
    const claimant = String(db.prepare('SELECT id FROM entities ORDER BY eid LIMIT 1').pluck().get());
    const edit: number[] = [];
    const undo: number[] = [];
    for (let i = 0; edit.length < SAMPLES && i < SAMPLES * 10; i++) {
      const t = triple.get(1 + rng.int(maxRid)) as { subject: string; predicate: string; object: string } | undefined;
      if (!t) continue;
      const stance = STANCES[rng.int(STANCES.length)] ?? 'asserts';
      const t0 = performance.now();
      edits.addClaim({ ...t, claimant, stance, source, stated: '2024-10', force: true });
      const t1 = performance.now();
      history.undo();
      const t2 = performance.now();
      if (i >= 5) {
        edit.push(t1 - t0);
        undo.push(t2 - t1);
      }
    }
    return {
      ...mergeHub(db, edits, history, source, claimant),
      edit_p95_ms: summarize(edit).p95,
      edit_p50_ms: summarize(edit).p50,
      undo_p95_ms: summarize(undo).p95,
      undo_p50_ms: summarize(undo).p50,
    };
  } finally {
    db.close();
  }
}

/** Builds a hub with 10,000 relations (some identical to the keeper's, so they fold), times the merge. */
function mergeHub(
  db: ReturnType<typeof openDatabase>,
  edits: ReturnType<typeof createEditService>,
  history: ReturnType<typeof createHistoryService>,
  source: string,
  claimant: string,
): Record<string, unknown> {
  const predicates = db.prepare('SELECT id FROM predicates ORDER BY id LIMIT 4').pluck().all() as string[];
  const targets = db
    .prepare('SELECT id FROM entities ORDER BY eid LIMIT ?')
    .pluck()
    .all(Math.ceil(HUB_RELATIONS / predicates.length)) as string[];
  const t0 = performance.now();
  const { hub, keep } = edits.batch('bench: hub and keeper', 'edit', (ops) => {
    const hub = ops.entity.create({ kind: 'organisation', label: 'Bench hub duplicate' }).id;
    const keep = ops.entity.create({ kind: 'organisation', label: 'Bench hub' }).id;
    let n = 0;
    for (const object of targets)
      for (const predicate of predicates) {
        if (n++ >= HUB_RELATIONS) break;
        const c = { predicate, object, claimant, stance: 'asserts' as const, source, force: true };
        ops.claim.add({ ...c, subject: hub });
        if (n % 10 === 0) ops.claim.add({ ...c, subject: keep });
      }
    return { hub, keep };
  }).value;
  const setup_ms = performance.now() - t0;
  const t1 = performance.now();
  edits.merge(keep, hub);
  const merge_hub_ms = performance.now() - t1;
  const t2 = performance.now();
  history.undo();
  const merge_undo_ms = performance.now() - t2;
  history.undo();
  return {
    merge_hub_ms: round(merge_hub_ms),
    merge_hub_undo_ms: round(merge_undo_ms),
    merge_hub_setup_ms: round(setup_ms),
  };
}
