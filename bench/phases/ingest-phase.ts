// Ingest phase: proposals for a 2,000-word English news article whose names are drawn from the
// benchmark graph (people, places, agencies by their aliases) mixed with names it does not hold,
// against the whole database. Reports ingest_article_ms (p95 of a dozen runs).
import { openDatabase } from '../../main/db/open.ts';
import { createIngestService } from '../../main/services/ingest-service.ts';
import { createRng, type Rng } from '../gen/rng.ts';
import { round, summarize, timeEach } from '../stats.ts';

const WORDS = 2000;
const TEMPLATES = [
  '{A} said on Monday that {B} had sent troops to {C}, according to officials in the capital.',
  'The agency told reporters that the soldiers were stationed at a base near {C} and would stay there for weeks.',
  'Officials in {B} denied the reports, calling them an attempt to distract from the talks with {A}.',
  'Foreign Minister Ilvar Denkano said the government could not confirm that {A} was involved in the fighting.',
  'In a statement released late on Friday, {A} condemned what it called growing military cooperation between {B} and {C}.',
  'According to Reuters, several analysts believe {B} has supplied missiles to {A} since the spring.',
  'A spokesperson for {C}, Maren Tollvik, told the Northwind Herald that the claims were false.',
  '“We are deeply concerned if {A} is fighting alongside {B},” the official said, adding that more details would follow.',
  'Residents of the city of Varskoye said they saw convoys moving toward {C} overnight.',
  'The report by the Institute for Strategic Affairs said the units had trained at a range outside {B}.',
];

function names(db: ReturnType<typeof openDatabase>, rng: Rng, n: number): string[] {
  const max = Number(db.prepare('SELECT max(eid) FROM aliases').pluck().get() ?? 0);
  const q = db.prepare('SELECT text FROM aliases WHERE eid >= ? LIMIT 1').pluck();
  return Array.from({ length: n }, () => String(q.get(1 + rng.int(Math.max(1, max))) ?? 'Nordland'));
}

export function buildArticle(db: ReturnType<typeof openDatabase>, seed: number): string {
  const rng = createRng(seed ^ 0x1a9e);
  const pool = names(db, rng, 300);
  const pick = () => pool[rng.int(pool.length)] ?? 'Nordland';
  const lines: string[] = ['Troops, talks and denials: a week of claims'];
  let words = 0;
  while (words < WORDS) {
    const t = TEMPLATES[rng.int(TEMPLATES.length)] ?? '';
    const s = t.replace('{A}', pick()).replace('{B}', pick()).replace('{C}', pick());
    lines.push(s);
    words += s.split(/\s+/).length;
  }
  return lines.join('\n');
}

export function runIngestPhase(dbFile: string, seed: number): Record<string, unknown> {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    const text = buildArticle(db, seed);
    const ingest = createIngestService(db);
    let claims = 0;
    let mentions = 0;
    const times = timeEach(
      Array.from({ length: 12 }, (_, i) => i),
      () => {
        const r = ingest.propose({ text, lang: 'en', date: '2024-10-25' });
        claims = r.claims.length;
        mentions = r.mentions.length;
      },
      { warmup: 2 },
    );
    const s = summarize(times);
    return {
      ingest_article_ms: s.p95,
      ingest_article_p50_ms: s.p50,
      ingest_article_words: text.split(/\s+/).length,
      ingest_article_mentions: mentions,
      ingest_article_claims: claims,
      ingest_article_runs: round(s.n),
    };
  } finally {
    db.close();
  }
}
