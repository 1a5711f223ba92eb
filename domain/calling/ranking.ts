// Ratios and orderings the calling views share. Shares are compared exactly (cross-multiplied),
// not after rounding, so two customers at 2.04 % and 2.01 % keep their order.
import { percent } from "../analytics/values.js";
import type { PageRequest } from "../analytics/filter.js";
import { FIRST_PAGE } from "../analytics/filter.js";
import { pageOf } from "../analytics/paging.js";
import type { Page } from "../analytics/types.js";

/** `part` of `whole`: the counts and the percentage (one decimal), null without a whole. */
export interface Share { measured: number; poor: number; percent: number | null }

export const shareOf = (poor: number, measured: number): Share => ({ measured, poor, percent: percent(poor, measured) });

/** Negative when a/b is below c/d; wholes of 0 compare as the lowest ratio. */
export function compareRatios(a: number, b: number, c: number, d: number): number {
  if (b <= 0 || d <= 0) return (b > 0 ? 1 : 0) - (d > 0 ? 1 : 0);
  return a * d - c * b;
}

export interface Named { customerId: string; nameKey: string }

/** Ties broken by name, then id: the same order on every engine and every page. */
export const byName = (a: Named, b: Named): number =>
  a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0;

/** One page of `rows` in `order`. */
export function rankedPage<Row>(rows: readonly Row[], order: (a: Row, b: Row) => number, page: PageRequest = FIRST_PAGE): Page<Row> {
  const sorted = [...rows].sort(order);
  const start = (page.page - 1) * page.pageSize;
  return pageOf(sorted.slice(start, start + page.pageSize), sorted.length, page);
}
