// `changes [days]` end to end over the store: the two dates, then the rows that changed.
import { DEFAULT_ANALYTICS_SETTINGS } from "../analytics/settings.js";
import type { AnalyticsContext } from "../analytics/types.js";
import type { CustomerFilter } from "../analytics/filter.js";
import { changedSubscriptions, changedTotals, newCustomers, snapshotDates, type SnapshotDates } from "../store/attention/changesQueries.js";
import type { AttentionQuery } from "../store/attention/todayQueries.js";
import { allChanges, type Change } from "./changes.js";

export type ChangesReport =
  | { kind: "changes"; days: number; now: Date; before: Date; changes: Change[] }
  | { kind: "noSnapshots"; days: number }
  | { kind: "noEarlier"; days: number; now: Date; oldest: Date };

export async function changesReport(ctx: AnalyticsContext, filter: CustomerFilter, days: number): Promise<ChangesReport> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const q: AttentionQuery = { db: ctx.db, now: ctx.clock.now(), viewer: ctx.viewer, filter, settings };
  const dates: SnapshotDates = await snapshotDates(q, days);
  if (!dates.now) return { kind: "noSnapshots", days };
  if (!dates.before) return { kind: "noEarlier", days, now: dates.now, oldest: dates.oldest ?? dates.now };
  const pair = { now: dates.now, before: dates.before };
  const [pairs, totals, fresh] = await Promise.all([changedSubscriptions(q, pair), changedTotals(q, pair), newCustomers(q, pair)]);
  return { kind: "changes", days, now: dates.now, before: dates.before, changes: allChanges(pairs, totals, fresh, pair) };
}
