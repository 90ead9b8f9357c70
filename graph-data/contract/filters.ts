// Filters shared by neighbourhood, path and the renderer's filter panel.
import type { PartialDate, RelationStatus } from '../model/types.ts';

export interface GraphFilter {
  /** Entity kinds allowed for neighbours (start entities are always kept). */
  kinds?: string[];
  predicates?: string[];
  statuses?: RelationStatus[];
  /** Keep relations with at least one claim stated within [from, to]. */
  from?: PartialDate;
  to?: PartialDate;
}

export const DEFAULT_ELEMENT_CAP = 500;
export const MAX_ELEMENT_CAP = 20_000;
