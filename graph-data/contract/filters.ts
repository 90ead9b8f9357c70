// Filters shared by neighbourhood, path and the renderer's filter panel.
import type { DateRule } from '../model/date-rule.ts';
import type { PartialDate, RelationStatus } from '../model/types.ts';

export interface GraphFilter {
  /** Entity kinds allowed for neighbours (start entities are always kept). */
  kinds?: string[];
  predicates?: string[];
  statuses?: RelationStatus[];
  /** Keep relations with at least one claim stated within [from, to] (see model/date-rule.ts). */
  from?: PartialDate;
  to?: PartialDate;
  /** `possibly` (default) keeps a claim that may fall in the range; `certainly` only one that must. */
  dateRule?: DateRule;
  /** Keep only relations one of these entities (ids) spoke about as claimant. */
  claimants?: string[];
}

export const DEFAULT_ELEMENT_CAP = 500;
export const MAX_ELEMENT_CAP = 20_000;
