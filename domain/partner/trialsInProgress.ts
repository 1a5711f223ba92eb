// Trials in force, soonest end first, among the customers the viewer may see and the filter
// selects. (The analytics list customers and sections; this is the trials page of Partner Hub.)
import { rawRows } from "../store/driver.js";
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { customerScope, inForce } from "../analytics/scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../analytics/settings.js";
import { limitOffset, pageOf } from "../analytics/paging.js";
import { dateOrNull, num, toDate } from "../analytics/values.js";
import { calendarDaysBetween } from "../calendarDays.js";
import type { AnalyticsContext, Page } from "../analytics/types.js";
import type { CustomerFilter, PageRequest } from "../analytics/filter.js";

export interface TrialRow {
  trialId: string;
  customerId: string;
  customerName: string;
  startAt: Date;
  endAt: Date | null;
  daysLeft: number | null;
  products: string[];
  /** Licenses of the trial, all products summed. */
  licenses?: number;
}

export async function trialsInProgress(ctx: AnalyticsContext, query: { filter?: CustomerFilter; page: PageRequest }): Promise<Page<TrialRow>> {
  const now = ctx.clock.now();
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const rows = Prisma.sql`subscriptions s JOIN customers c ON c.id = s.customer_id
    WHERE s.type = 'trial' AND ${inForce(now)} AND ${customerScope(query.filter ?? {}, ctx.viewer, now, settings)}`;
  const [counted] = await rawRows<{ n: unknown }>(ctx.db, Prisma.sql`SELECT COUNT(*) AS n FROM ${rows}`);
  const page = await rawRows<Record<string, unknown>>(ctx.db, Prisma.sql`
    SELECT s.id, s.start_at, s.end_at, c.id AS customer_id, c.name FROM ${rows}
    ORDER BY CASE WHEN s.end_at IS NULL THEN 1 ELSE 0 END, s.end_at, c.name_key, s.id ${limitOffset(query.page)}`);
  const ids = page.map((r) => String(r.id));
  const lines = ids.length
    ? await ctx.db.licenseLine.findMany({ where: { subscriptionId: { in: ids } }, select: { subscriptionId: true, product: true, total: true }, orderBy: { product: "asc" } })
    : [];
  return pageOf(page.map((r) => {
    const endAt = dateOrNull(r.end_at);
    return {
      trialId: String(r.id),
      customerId: String(r.customer_id),
      customerName: String(r.name),
      startAt: toDate(r.start_at),
      endAt,
      daysLeft: endAt ? Math.max(0, calendarDaysBetween(now, endAt, settings.timeZone)) : null,
      products: lines.filter((l) => l.subscriptionId === String(r.id)).map((l) => l.product),
      licenses: lines.filter((l) => l.subscriptionId === String(r.id)).reduce((sum, l) => sum + l.total, 0),
    };
  }), num(counted?.n), query.page);
}
