// Source edits inside a recording transaction. Changing `copyOf` changes which sources count as
// independent, so the relations carrying claims from the source (or its copies) are recomputed.
import type { SourceCreateArgs, SourceUpdateArgs } from '../../graph-data/contract/edit-schemas.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { slugOf } from '../../graph-data/model/fold.ts';
import type { EditRepo, SourceValues } from '../db/edit-repo.ts';
import { entityOf, freshId, type OpResult } from './entity-ops.ts';

export function createSourceOps(edit: EditRepo) {
  function sidOf(id: string, field: string): number {
    const s = edit.source(id);
    if (!s) throw new ClaimscapeError('not-found', 'no source has this id', { path: field, value: id });
    return s.sid;
  }

  function values(a: Omit<SourceCreateArgs, 'title'> & { title: string }, self: string | null): SourceValues {
    if (a.copyOf && a.copyOf === self)
      throw new ClaimscapeError('validation-error', 'a source cannot be a copy of itself', {
        path: 'copyOf',
        value: a.copyOf,
      });
    return {
      title: a.title.trim(),
      publisher: a.publisher ? entityOf(edit, a.publisher, 'publisher').eid : null,
      url: a.url ?? null,
      language: a.language ?? null,
      published: a.published ?? null,
      retrieved: a.retrieved ?? null,
      copyOf: a.copyOf ? sidOf(a.copyOf, 'copyOf') : null,
    };
  }

  return {
    create(a: SourceCreateArgs): OpResult {
      if (a.id && edit.sourceIdTaken(a.id))
        throw new ClaimscapeError('conflict', 'a source already has this id', { path: 'id', value: a.id });
      const id = a.id ?? freshId(edit.sourceIdTaken, slugOf(a.title, 'source'));
      edit.insertSource(id, values(a, null));
      return { id, label: a.title.trim(), warnings: [] };
    },
    update(a: SourceUpdateArgs): OpResult {
      const row = edit.source(a.id);
      if (!row) throw new ClaimscapeError('not-found', 'no source has this id', { path: 'id', value: a.id });
      const idOf = (eid: unknown) => (typeof eid === 'number' ? (edit.entityByEid(eid)?.id ?? null) : null);
      const copyOf = typeof row['copy_of'] === 'number' ? (edit.sourceIdOf(row['copy_of']) ?? null) : null;
      const pick = <T>(v: T | undefined, old: T) => (v === undefined ? old : v);
      const v = values(
        {
          title: a.title ?? String(row['title']),
          publisher: pick(a.publisher, idOf(row['publisher'])),
          url: pick(a.url, row['url'] as string | null),
          language: pick(a.language, row['language'] as string | null),
          published: pick(a.published, row['published'] as string | null),
          retrieved: pick(a.retrieved, row['retrieved'] as string | null),
          copyOf: pick(a.copyOf, copyOf),
        },
        a.id,
      );
      edit.updateSource(row.sid, v);
      if (v.copyOf !== row['copy_of'])
        for (const sid of [row.sid, ...edit.copiesOf(row.sid)])
          for (const rid of edit.relationsOfSource(sid)) edit.refreshRelation(rid);
      return { id: a.id, label: v.title, warnings: [] };
    },
  };
}
