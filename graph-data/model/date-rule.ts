// The one rule for partial dates against a date or a range: a claim stated "2024-10" may fall on
// any day of October, so it *possibly* falls in a range that overlaps October and *certainly*
// falls in one that holds all of October. An undated claim possibly falls anywhere, certainly nowhere.
import { isPartialDate, partialDateEnd, partialDateStart } from './partial-date.ts';
import { ClaimscapeError } from './errors.ts';

export const DATE_RULES = ['possibly', 'certainly'] as const;
export type DateRule = (typeof DATE_RULES)[number];

/** How a claim's stated date relates to a range or a cut-off: kept for sure, kept only maybe, or not. */
export type DateMatch = 'certainly' | 'possibly' | 'no';

/** The days a partial date may mean, as `YYYY-MM-DD` bounds; null stands for "unknown" (any day). */
export function dateSpan(p: string | null | undefined): { start: string; end: string } | null {
  if (!p || !isPartialDate(p)) return null;
  return { start: partialDateStart(p), end: partialDateEnd(p) };
}

/**
 * Does a claim stated on `stated` fall within [from, to]? Each bound is a partial date taken at
 * its widest: `from: "2024-10"` starts on 1 October, `to: "2024-10"` ends on 31 October.
 */
export function matchRange(stated: string | null | undefined, from?: string | null, to?: string | null): DateMatch {
  const lo = from ? partialDateStart(from) : null;
  const hi = to ? partialDateEnd(to) : null;
  if (!lo && !hi) return 'certainly';
  const s = dateSpan(stated);
  if (!s) return 'possibly';
  if ((lo && s.end < lo) || (hi && s.start > hi)) return 'no';
  if ((lo && s.start < lo) || (hi && s.end > hi)) return 'possibly';
  return 'certainly';
}

/**
 * Was a claim stated by the end of `asOf`? ("as of 2024-10" means as of 31 October.) A claim
 * stated "2024-11" is not stated by 2024-10-31 under either rule; by 2024-11-15 it possibly is.
 */
export function matchAsOf(stated: string | null | undefined, asOf: string): DateMatch {
  return matchRange(stated, null, asOf);
}

/** Whether a match passes under a rule. */
export function passesRule(m: DateMatch, rule: DateRule = 'possibly'): boolean {
  return m === 'certainly' || (m === 'possibly' && rule === 'possibly');
}

/** Checks a user-given date (CLI flag, form field) and names the problem when it is not one. */
export function parseDateArg(value: string, where: string): string {
  const v = value.trim();
  if (!isPartialDate(v))
    throw new ClaimscapeError('bad-argument', `${where} takes a date as YYYY, YYYY-MM or YYYY-MM-DD`, { value });
  return v;
}
