// Stated dates in a sentence: explicit dates in either language's style, Indonesian "(21/10)",
// weekdays and "yesterday" resolved against the article's date; else the article's own date.
import { isPartialDate } from '../model/partial-date.ts';
import type { Lexicon } from './lexicon.ts';
import type { Token } from './tokens.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function day(y: number, m: number, d: number): string | null {
  const s = `${y}-${pad(m)}-${pad(d)}`;
  return isPartialDate(s) ? s : null;
}

/** The article's year, month and day where known. */
function parts(article: string | null): { y?: number; m?: number; d?: number } {
  const [y, m, d] = (article ?? '').split('-').map(Number);
  return { y: y || undefined, m: m || undefined, d: d || undefined };
}

function monthAt(tokens: readonly Token[], i: number, lex: Lexicon): number | undefined {
  const t = tokens[i];
  return t ? lex.file.months[t.key] : undefined;
}

function yearAt(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  return t && /^(19|20)\d\d$/.test(t.text) ? Number(t.text) : undefined;
}

/** "18 Oktober 2024", "Oct. 18, 2024", "October 18", "(21/10)" and "(21/10/2024)". */
function explicitDate(tokens: readonly Token[], lex: Lexicon, year: number | undefined): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const slash = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(t.text);
    if (slash) {
      const y = slash[3] ? Number(slash[3]) : year;
      const r = y ? day(y, Number(slash[2]), Number(slash[1])) : null;
      if (r) return r;
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(t.text) && isPartialDate(t.text)) return t.text;
    if (!/^\d{1,2}$/.test(t.text)) continue;
    const dayNum = Number(t.text);
    const after = monthAt(tokens, i + 1, lex);
    if (after) {
      const y = yearAt(tokens, i + 2) ?? year;
      if (y) return day(y, after, dayNum);
      return null;
    }
    const before = monthAt(tokens, i - 1, lex);
    if (before) {
      const y = yearAt(tokens, i + 1) ?? yearAt(tokens, i + 2) ?? year;
      if (y) return day(y, before, dayNum);
    }
  }
  return null;
}

function weekday(tokens: readonly Token[], lex: Lexicon, article: string | null): string | null {
  const a = parts(article);
  if (!a.y || !a.m || !a.d) return null;
  const base = Date.UTC(a.y, a.m - 1, a.d);
  for (const t of tokens) {
    const rel = lex.file.relativeDays[t.key];
    const wd = lex.file.weekdays[t.key];
    let offset: number | undefined;
    if (rel !== undefined) offset = rel;
    else if (wd !== undefined && t.cap) offset = -((new Date(base).getUTCDay() - wd + 7) % 7);
    if (offset === undefined) continue;
    const d = new Date(base + offset * 86_400_000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  return null;
}

/** The date a sentence states, resolved against the article's (partial) date. */
export function statedDate(tokens: readonly Token[], lex: Lexicon, article: string | null): string | null {
  return explicitDate(tokens, lex, parts(article).y) ?? weekday(tokens, lex, article) ?? article;
}

/** A publication date found near the top of the text (a dateline), as a partial date. */
export function datelineDate(tokens: readonly Token[], lex: Lexicon): string | null {
  const found = explicitDate(tokens, lex, undefined);
  return found;
}
