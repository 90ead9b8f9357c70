// What the two date fields of the filter panel say, without the DOM: a field is empty (no bound),
// a partial date (2024, 2024-10, 2024-10-18), or invalid; the range applies only when both are valid.
import { isPartialDate } from '../../../graph-data/model/partial-date.ts';

/** null: no bound; undefined: not a date (marked, and the range is not applied). */
export function readDateField(value: string): string | null | undefined {
  const t = value.trim();
  if (!t) return null;
  return isPartialDate(t) ? t : undefined;
}

export interface DateRangeReading {
  from: string | null | undefined;
  to: string | null | undefined;
  /** Both fields are empty or valid dates: the range can be applied. */
  valid: boolean;
}

export function readDateRange(from: string, to: string): DateRangeReading {
  const a = readDateField(from);
  const b = readDateField(to);
  return { from: a, to: b, valid: a !== undefined && b !== undefined };
}
