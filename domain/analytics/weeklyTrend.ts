// Weekly changes and "usage over the last 3 months", read from the weekly license snapshots
// (license_snapshots, week_start = Monday 00:00 UTC) of the subscriptions on one table page.
//
// Weekly change = the current figure (license_lines, as of the latest import) minus the
// snapshot of the previous calendar week (the week before the one holding "now"); null when
// that week has no snapshot. The usage trend lists `usageTrendWeeks` weeks ending with the
// current one, oldest first, with null for a week without a snapshot.
import { rawRows } from "../store/driver.js";
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { PRODUCTS } from "../model.js";
import type { Db } from "../store/client.js";
import type { AnalyticsFamily } from "./types.js";
import { addDays, num, toDate, weekStartOf } from "./values.js";

export interface WeeklyPoint { weekStart: Date; total: number; assigned: number; used: number }

export interface WeeklyTrend {
  /** One entry per week, oldest first; null where the week has no snapshot. */
  weeks: { weekStart: Date; point: WeeklyPoint | null }[];
  lastWeek: WeeklyPoint | null;
}

export function familyProducts(family: AnalyticsFamily): string[] {
  return Object.entries(PRODUCTS).filter(([, f]) => f === family).map(([product]) => product);
}

/** The weekly snapshots (family sums) of `subscriptionIds`, by subscription id. */
export async function weeklyTrends(db: Db, subscriptionIds: readonly string[], family: AnalyticsFamily, now: Date, weeks: number): Promise<Map<string, WeeklyTrend>> {
  const current = weekStartOf(now);
  const first = addDays(current, -7 * (weeks - 1));
  const lastWeekStart = addDays(current, -7);
  const trends = new Map<string, WeeklyTrend>();
  if (subscriptionIds.length === 0) return trends;
  const rows = await rawRows<Record<string, unknown>>(db, Prisma.sql`
    SELECT subscription_id, week_start, SUM(total) AS total, SUM(assigned) AS assigned, SUM(used) AS used
    FROM license_snapshots
    WHERE subscription_id IN (${Prisma.join([...subscriptionIds])}) AND product IN (${Prisma.join(familyProducts(family))})
      AND week_start >= ${weeks >= 2 ? first : lastWeekStart} AND week_start <= ${current}
    GROUP BY subscription_id, week_start`);
  const bySub = new Map<string, Map<number, WeeklyPoint>>();
  for (const row of rows) {
    const point = { weekStart: toDate(row.week_start), total: num(row.total), assigned: num(row.assigned), used: num(row.used) };
    const id = String(row.subscription_id);
    if (!bySub.has(id)) bySub.set(id, new Map());
    bySub.get(id)!.set(point.weekStart.getTime(), point);
  }
  for (const id of subscriptionIds) {
    const points = bySub.get(id) ?? new Map<number, WeeklyPoint>();
    const list = Array.from({ length: weeks }, (_, i) => {
      const weekStart = addDays(first, 7 * i);
      return { weekStart, point: points.get(weekStart.getTime()) ?? null };
    });
    trends.set(id, { weeks: list, lastWeek: points.get(lastWeekStart.getTime()) ?? null });
  }
  return trends;
}

/** Current minus last week's figure, or null without last week's snapshot. */
export function weeklyChange(current: number, lastWeek: WeeklyPoint | null, field: "assigned" | "used"): number | null {
  return lastWeek ? current - lastWeek[field] : null;
}

/** Last week's snapshot of single license lines, keyed `${subscriptionId}|${product}`. */
export async function lastWeekLines(db: Db, subscriptionIds: readonly string[], now: Date): Promise<Map<string, WeeklyPoint>> {
  const points = new Map<string, WeeklyPoint>();
  if (subscriptionIds.length === 0) return points;
  const weekStart = addDays(weekStartOf(now), -7);
  const rows = await rawRows<Record<string, unknown>>(db, Prisma.sql`
    SELECT subscription_id, product, total, assigned, used FROM license_snapshots
    WHERE subscription_id IN (${Prisma.join([...new Set(subscriptionIds)])}) AND week_start = ${weekStart}`);
  for (const row of rows) {
    points.set(`${String(row.subscription_id)}|${String(row.product)}`, { weekStart, total: num(row.total), assigned: num(row.assigned), used: num(row.used) });
  }
  return points;
}
