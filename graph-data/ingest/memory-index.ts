// An AliasIndex over entities held in memory (a parsed graph document): what tests use, and the
// reference behaviour the SQLite index in main/db must match.
import type { Entity } from '../model/types.ts';
import { nameKey } from './fold.ts';
import type { AliasHit, AliasIndex } from './types.ts';

export function createMemoryIndex(entities: readonly Entity[]): AliasIndex {
  const byLower = new Map<string, AliasHit[]>();
  const byKey = new Map<string, AliasHit[]>();
  const byWord = new Map<string, AliasHit[]>();
  const byEntity = new Map<string, AliasHit[]>();
  const add = <K>(m: Map<K, AliasHit[]>, k: K, h: AliasHit) => {
    const list = m.get(k);
    if (list) list.push(h);
    else m.set(k, [h]);
  };
  for (const e of entities) {
    const names = [{ text: e.label, lang: '', form: 'label' as const }, ...e.aliases];
    for (const a of names) {
      const hit: AliasHit = { entity: e.id, label: e.label, kind: e.kind, alias: a.text, lang: a.lang, form: a.form };
      add(byLower, a.text.toLowerCase(), hit);
      add(byEntity, e.id, hit);
      const key = nameKey(a.text);
      add(byKey, key, hit);
      for (const w of new Set(key.split(' '))) if (w.length >= 4) add(byWord, w.slice(0, 4), hit);
    }
  }
  return {
    exact(texts) {
      const out = new Map<string, AliasHit[]>();
      for (const t of texts) {
        const hits = byLower.get(t.toLowerCase());
        if (hits) out.set(t, hits);
      }
      return out;
    },
    similar(words) {
      const same = byKey.get(words.join(' '));
      if (same) return same;
      const out: AliasHit[] = [];
      for (const w of words) if (w.length >= 4) out.push(...(byWord.get(w.slice(0, 4)) ?? []));
      return out.slice(0, 200);
    },
    namesOf(ids) {
      return ids.flatMap((id) => byEntity.get(id) ?? []);
    },
  };
}
