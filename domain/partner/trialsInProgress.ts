// Trials in force, soonest end first, among the customers the viewer may see and the filter
// selects. (The analytics list customers and sections; this is the trials page of Partner Hub.)
import { rawRows } from "../store/driver.js";
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { customerRestriction, inForce, type CustomerRestriction } from "../analytics/scope.js";
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
  const filter = query.filter ?? {};
  const trials = (customers: CustomerRestriction) => Prisma.sql`subscriptions s ${customers.join}
    WHERE s.type = 'trial' AND ${inForce(now)} AND ${customers.where}`;
  const alone = trials(customerRestriction("s", filter, ctx.viewer, now, settings));
  // The count and the page's last end date need no customer row (unless a filter does): joined
  // to every trial, PostgreSQL hashed the whole customers table for them (50,000 rows, 100+ ms).
  // No row of the page, nor before it, ends after the trial at its last position (a trial
  // without an end date comes after every dated one): the page joins only the `upto` trials
  // ending by then, taken first in a subquery whose LIMIT tells PostgreSQL how few they are
  // (a bare `end_at <= ...` was estimated at thousands of rows, and hashed all customers again).
  const { page: pageNumber, pageSize } = query.page;
  // Among dated trials only: the one at the page's last position is dated exactly when that many
  // are, and the end date order alone can then walk the (status, end_at) index.
  const [last] = await rawRows<{ end_at: unknown }>(ctx.db, Prisma.sql`
    SELECT s.end_at FROM ${alone} AND s.end_at IS NOT NULL ORDER BY s.end_at LIMIT 1 OFFSET ${pageNumber * pageSize - 1}`);
  const lastEnd = dateOrNull(last?.end_at);
  const [counted] = await rawRows<{ n: unknown; upto: unknown }>(ctx.db, Prisma.sql`
    SELECT COUNT(*) AS n, SUM(CASE WHEN s.end_at <= ${lastEnd ?? now} THEN 1 ELSE 0 END) AS upto FROM ${alone}`);
  const ordered = Prisma.sql`ORDER BY CASE WHEN s.end_at IS NULL THEN 1 ELSE 0 END, s.end_at`;
  const rows = lastEnd
    ? Prisma.sql`(SELECT s.* FROM ${alone} ${ordered} LIMIT ${num(counted?.upto)}) s JOIN customers c ON c.id = s.customer_id`
    : trials(customerRestriction("s", filter, ctx.viewer, now, settings, true));
  const page = await rawRows<Record<string, unknown>>(ctx.db, Prisma.sql`
    SELECT s.id, s.start_at, s.end_at, c.id AS customer_id, c.name FROM ${rows}
    ${ordered}, c.name_key, s.id ${limitOffset(query.page)}`);
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
