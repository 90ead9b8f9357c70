// Name lookups for ingestion (graph-data/ingest's AliasIndex) over the store's own indexes: exact
// aliases (equal but for ASCII case) through the folded-name index in one batched statement, and
// folded or near spellings through the FTS5 index (diacritics removed, prefixes indexed). Nothing
// scans all aliases, so it answers as fast on a million entities as on the seed.
import type { AliasHit, AliasIndex } from '../../graph-data/ingest/types.ts';
import type { Db } from './open.ts';
import { nocaseMatch } from './lookup-repo.ts';

/** Entities a near-spelling query may return before the caller scores them. */
const SIMILAR_LIMIT = 24;

const HIT_COLUMNS = 'e.id AS entity, e.label, e.kind';

export function createIngestLookupRepo(db: Db): AliasIndex {
  const q = {
    exact: db.prepare(
      `SELECT j.value AS q, ${HIT_COLUMNS}, a.text AS alias, a.lang, a.form
       FROM json_each(?) j CROSS JOIN aliases a ON ${nocaseMatch('a.text', 'j.value')}
       CROSS JOIN entities e ON e.eid = a.eid`,
    ),
    fts: db.prepare(`SELECT rowid FROM entity_fts WHERE entity_fts MATCH ? LIMIT ${SIMILAR_LIMIT}`).pluck(),
    names: db.prepare(
      `SELECT ${HIT_COLUMNS}, a.text AS alias, a.lang, a.form FROM json_each(?) j
         CROSS JOIN entities e ON e.eid = j.value CROSS JOIN aliases a ON a.eid = e.eid
       UNION ALL SELECT ${HIT_COLUMNS}, e.label AS alias, '' AS lang, 'label' AS form FROM json_each(?) j
         CROSS JOIN entities e ON e.eid = j.value`,
    ),
    byId: db.prepare(`SELECT e.eid FROM json_each(?) j CROSS JOIN entities e ON e.id = j.value`).pluck(),
  };
  const namesOf = (eids: number[]): AliasHit[] => {
    if (!eids.length) return [];
    const json = JSON.stringify(eids);
    return q.names.all(json, json) as AliasHit[];
  };
  const search = (match: string): number[] => {
    try {
      return q.fts.all(match) as number[];
    } catch {
      return []; // a query FTS5 cannot parse finds nothing
    }
  };
  return {
    exact(texts) {
      const out = new Map<string, AliasHit[]>();
      if (!texts.length) return out;
      for (const row of q.exact.all(JSON.stringify(texts)) as (AliasHit & { q: string })[]) {
        const { q: key, ...hit } = row;
        const list = out.get(key);
        if (list) list.push(hit);
        else out.set(key, [hit]);
      }
      return out;
    },
    similar(words) {
      const clean = words.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
      if (!clean.length) return [];
      const eids = new Set(search(`{label aliases} : "${clean.join(' ')}"`));
      const prefixes = clean.filter((w) => w.length >= 4).map((w) => `${w.slice(0, 4)}*`);
      if (prefixes.length) for (const e of search(`{label aliases} : ${prefixes.join(' ')}`)) eids.add(e);
      return namesOf([...eids]);
    },
    namesOf(ids) {
      return ids.length ? namesOf(q.byId.all(JSON.stringify(ids)) as number[]) : [];
    },
  };
}
