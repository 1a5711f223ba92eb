// One page of `today`: counts per tier, then only the slices of the tiers the page shows.
import { calendarDaysBetween } from "../calendarDays.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../analytics/settings.js";
import type { AnalyticsContext } from "../analytics/types.js";
import type { CustomerFilter } from "../analytics/filter.js";
import { sliceRows, tierCounts, type AttentionQuery } from "../store/attention/todayQueries.js";
import { orderEnding, slicesOf, totalOf, type AttentionItem, type TierCounts } from "./today.js";

export interface TodayPage {
  items: AttentionItem[];
  counts: TierCounts;
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export async function todayPage(ctx: AnalyticsContext, filter: CustomerFilter, page: number, pageSize: number): Promise<TodayPage> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const q: AttentionQuery = { db: ctx.db, now: ctx.clock.now(), viewer: ctx.viewer, filter, settings };
  const counts = await tierCounts(q);
  const total = totalOf(counts);
  const items: AttentionItem[] = [];
  for (const slice of slicesOf(counts, (page - 1) * pageSize, pageSize)) {
    const found = await sliceRows(q, slice);
    if (found.tier === "soon" || found.tier === "later") {
      const tier = found.tier;
      items.push(...orderEnding(found.rows.map((r) => ({
        kind: "ending" as const, tier, customerId: r.customerId, customerName: r.customerName, subscriptionId: r.subscriptionId,
        trial: r.type === "trial", endAt: r.endAt, daysLeft: Math.max(0, calendarDaysBetween(q.now, r.endAt, settings.timeZone)), licenses: r.licenses,
      }))));
    } else if (found.tier === "overLimit") {
      items.push(...found.rows.map((r) => ({ kind: "overLimit" as const, ...r })));
    } else if (found.tier === "suspended") {
      items.push(...found.rows.map((r) => ({ kind: "suspended" as const, ...r })));
    }
  }
  return { items, counts, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
