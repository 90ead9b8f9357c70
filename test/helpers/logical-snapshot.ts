// Everything a database holds, with integer keys replaced by text ids, so two databases that were filled
// in a different order compare equal when they hold the same graph (derived columns included).
import type { Db } from '../../main/db/open.ts';

const eid = (col: string) => `(SELECT id FROM entities WHERE eid = ${col})`;

const QUERIES = {
  kinds: 'SELECT * FROM kinds ORDER BY id',
  predicates: 'SELECT * FROM predicates ORDER BY id',
  entities: 'SELECT id, kind, label, description, attributes, external_ids, degree FROM entities ORDER BY id',
  aliases: `SELECT ${eid('eid')} AS entity, text, lang, form FROM aliases ORDER BY 1, 2, 3, 4`,
  sources: `SELECT s.id, title, ${eid('publisher')} AS publisher, url, language, published, retrieved, text, sha256,
    (SELECT c.id FROM sources c WHERE c.sid = s.copy_of) AS copy_of, format FROM sources s ORDER BY s.id`,
  relations: `SELECT id, ${eid('subject')} AS subject, predicate, ${eid('object')} AS object, status, claim_count,
    source_count, first_stated, last_stated FROM relations ORDER BY id`,
  claims: `SELECT c.id, (SELECT r.id FROM relations r WHERE r.rid = c.rid) AS relation, ${eid('claimant')} AS claimant,
    stance, (SELECT s.id FROM sources s WHERE s.sid = c.sid) AS source, stated, holds_from, holds_until, summary,
    excerpt, loc_start, loc_end, ${eid('reported_via')} AS reported_via, confidence, attributes FROM claims c ORDER BY c.id`,
};

export function logicalSnapshot(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(QUERIES).map(([name, sql]) => [name, db.prepare(sql).all()]));
}
