// Seeded query inputs drawn from the database itself: random entities, the top 1% hubs, random
// pairs, and what a person types into search (2-6 letter prefixes, whole words, whole names).
import type { Db } from '../../main/db/open.ts';
import { createRng } from '../gen/rng.ts';

export interface Target {
  id: string;
  eid: number;
}

export interface Samples {
  random: Target[];
  hubs: Target[];
  pairs: [Target, Target][];
  searches: string[];
}

export function drawSamples(db: Db, seed: number, n = 300): Samples {
  const rng = createRng(seed ^ 0x5eed);
  const maxEid = Number(db.prepare('SELECT max(eid) FROM entities').pluck().get());
  const byEid = db.prepare('SELECT eid, id, degree FROM entities WHERE eid = ?');
  const draw = (needEdges: boolean): Target => {
    for (;;) {
      const row = byEid.get(1 + rng.int(maxEid)) as { eid: number; id: string; degree: number } | undefined;
      if (row && (!needEdges || row.degree > 0)) return { id: row.id, eid: row.eid };
    }
  };
  const total = Number(db.prepare('SELECT count(*) FROM entities').pluck().get());
  const top = db
    .prepare('SELECT eid, id FROM entities ORDER BY degree DESC LIMIT ?')
    .all(Math.max(10, Math.round(total / 100))) as Target[];
  const hubs = Array.from({ length: Math.min(100, top.length) }, () => top[rng.int(top.length)] as Target);
  const random = Array.from({ length: n }, () => draw(false));
  const pairs = Array.from({ length: n }, (): [Target, Target] => [draw(true), draw(true)]);
  return { random, hubs, pairs, searches: searchTexts(db, rng, draw, n) };
}

function searchTexts(db: Db, rng: ReturnType<typeof createRng>, draw: (e: boolean) => Target, n: number): string[] {
  const names = db
    .prepare(`SELECT label AS t FROM entities WHERE eid = ? UNION ALL SELECT text FROM aliases WHERE eid = ?`)
    .pluck();
  const out: string[] = [];
  while (out.length < n) {
    const { eid } = draw(false);
    const texts = names.all(eid, eid) as string[];
    const text = texts[rng.int(texts.length)] ?? '';
    const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
    const word = words[rng.int(words.length)];
    if (!word) continue;
    const r = rng.next();
    if (r < 0.5) out.push(word.slice(0, 2 + rng.int(5)));
    else if (r < 0.8) out.push(word);
    else out.push(text);
  }
  return out;
}
