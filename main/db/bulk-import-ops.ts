// The writes of an import into an empty store as flat arrays of plain values ("ops"), so the records
// can be parsed and their ids resolved on one thread while another writes: an array of strings,
// numbers and nulls crosses threads far cheaper than the records it came from. One op is an opcode
// and a fixed number of values (an entity also carries its aliases, three values each).
import type { Alias, Entity, Vocabulary } from '../../graph-data/model/types.ts';
import type { FreshSink } from './bulk-import-apply.ts';

const ENTITY = 1;
const ENTITY_AGAIN = 2;
const SOURCE = 3;
const RELATION = 4;
const RELATION_AGAIN = 5;
const CLAIM = 6;
const VOCABULARY = 7;

const ENTITY_COLS = 7;
const SOURCE_COLS = 12;
const RELATION_COLS = 5;
const CLAIM_COLS = 15;

/** Values per chunk handed on: large enough that posting costs little, small enough to keep memory flat. */
export const OPS_PER_CHUNK = 1 << 16;

/** A FreshSink that encodes each write; `emit` receives full chunks, and the rest on flush(). */
export function createOpEncoder(emit: (ops: unknown[]) => void, perChunk = OPS_PER_CHUNK) {
  let ops: unknown[] = [];
  const put = (row: readonly unknown[]) => {
    for (let i = 0; i < row.length; i++) ops.push(row[i]);
  };
  const done = () => {
    if (ops.length >= perChunk) flush();
  };
  function flush(): void {
    if (!ops.length) return;
    const full = ops;
    ops = [];
    emit(full);
  }
  const sink: FreshSink = {
    copiesRows: true,
    vocabulary(v) {
      ops.push(VOCABULARY, v);
      done();
    },
    entityNew(row, aliases) {
      ops.push(ENTITY);
      put(row);
      ops.push(aliases.length);
      for (const a of aliases) ops.push(a.text, a.lang, a.form);
      done();
    },
    entityAgain(e, eid) {
      ops.push(ENTITY_AGAIN, e, eid);
      done();
    },
    source(row, known) {
      ops.push(SOURCE, known ? 1 : 0);
      put(row);
      done();
    },
    relationNew(row) {
      ops.push(RELATION);
      put(row);
      done();
    },
    relationAgain(id, rid, subject, predicate, object) {
      ops.push(RELATION_AGAIN, id, rid, subject, predicate, object);
      done();
    },
    claimNew(row) {
      ops.push(CLAIM);
      put(row);
      done();
    },
  };
  return { sink, flush };
}

/** Replays a chunk of ops into `sink`, in order. */
export function applyOps(ops: readonly unknown[], sink: FreshSink): void {
  let i = 0;
  const take = (k: number) => ops.slice(i, (i += k));
  while (i < ops.length) {
    const op = ops[i++];
    if (op === CLAIM) sink.claimNew(take(CLAIM_COLS));
    else if (op === ENTITY) {
      const row = take(ENTITY_COLS);
      const aliases: Alias[] = [];
      for (let k = ops[i++] as number; k > 0; k--)
        aliases.push({ text: ops[i++], lang: ops[i++], form: ops[i++] } as Alias);
      sink.entityNew(row, aliases);
    } else if (op === RELATION) sink.relationNew(take(RELATION_COLS));
    else if (op === SOURCE) {
      const known = ops[i++] === 1;
      sink.source(take(SOURCE_COLS), known);
    } else if (op === ENTITY_AGAIN) {
      const [e, eid] = take(2) as [Entity, number];
      sink.entityAgain(e, eid);
    } else if (op === RELATION_AGAIN) {
      const [id, rid, subject, predicate, object] = take(5) as [string, number, number, string, number];
      sink.relationAgain(id, rid, subject, predicate, object);
    } else if (op === VOCABULARY) sink.vocabulary(ops[i++] as Vocabulary);
    else throw new Error(`bulk import: unknown op ${String(op)} at ${i - 1}`);
  }
}
