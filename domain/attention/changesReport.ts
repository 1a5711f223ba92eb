// `changes [days]` end to end over the store: the two dates, then the kept changes between
// them (computed once per pair) among the asker's customers, one page or all of them.
import { DEFAULT_ANALYTICS_SETTINGS } from "../analytics/settings.js";
import type { AnalyticsContext } from "../analytics/types.js";
import type { CustomerFilter } from "../analytics/filter.js";
import { snapshotDates } from "../store/attention/changesQueries.js";
import { changePage, ensureChangeSet } from "../store/attention/changeSets.js";
import type { AttentionQuery } from "../store/attention/todayQueries.js";
import type { Change } from "./changes.js";

export type ChangesReport =
  | { kind: "changes"; days: number; now: Date; before: Date; total: number; page: number; pageSize: number; changes: Change[] }
  | { kind: "noSnapshots"; days: number }
  | { kind: "noEarlier"; days: number; now: Date; oldest: Date };

/** `page` 0 reads every change (a scheduled post's CSV). */
export async function changesReport(ctx: AnalyticsContext, filter: CustomerFilter, days: number, page = 1, pageSize = 10): Promise<ChangesReport> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const q: AttentionQuery = { db: ctx.db, now: ctx.clock.now(), viewer: ctx.viewer, filter, settings };
  const dates = await snapshotDates(q, days);
  if (!dates.now) return { kind: "noSnapshots", days };
  if (!dates.before) return { kind: "noEarlier", days, now: dates.now, oldest: dates.oldest ?? dates.now };
  const pair = { now: dates.now, before: dates.before };
  await ensureChangeSet(ctx.db, pair, q.now);
  const found = await changePage(q, pair, page === 0 ? "all" : { offset: (page - 1) * pageSize, limit: pageSize });
  return { kind: "changes", days, now: pair.now, before: pair.before, total: found.total, page, pageSize, changes: found.changes };
}
