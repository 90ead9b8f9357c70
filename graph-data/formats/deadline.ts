// A wall-clock budget for one parse: loops call check() so a hostile file cannot run for ever.
import { ClaimscapeError, type ErrorWhere } from '../model/errors.ts';
import type { ImportLimits } from './format.ts';

export interface Deadline {
  /** Throws `timeout` once the budget is spent; `where` says how far the parse got. */
  check(where?: ErrorWhere): void;
}

export function createDeadline(file: string, limits: ImportLimits): Deadline {
  const start = Date.now();
  const budget = limits.timeBudgetMs;
  return {
    check(where: ErrorWhere = {}): void {
      if (Date.now() - start > budget) {
        throw new ClaimscapeError('timeout', `parsing took longer than the budget of ${budget} ms`, { file, ...where });
      }
    },
  };
}
