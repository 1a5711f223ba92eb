// Section "Recently added" (last 90 days): subscriptions and trials in force that started in
// [now - 90 days, now], with licenses of the toggled family (or of either, one row per family,
// when a "both" KPI strip leads here). Newest first.
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { rawRows } from "../../store/driver.js";
import { FIRST_PAGE } from "../filter.js";
import { perCustomerTotals, familySubscriptions } from "../licenseScope.js";
import { licenseCounts, limitOffset, pageOf } from "../paging.js";
import { customerRestriction } from "../scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../settings.js";
import { familiesOf, type AnalyticsContext, type AnalyticsFamily, type FamiliesQuery, type LicenseCounts, type Page } from "../types.js";
import { weeklyChange, weeklyTrends } from "../weeklyTrend.js";
import { startOfDayBefore } from "../../calendarDays.js";
import { num, toDate } from "../values.js";
import { calendarDaysBetween } from "../../calendarDays.js";

export interface RecentlyAddedRow extends LicenseCounts {
  customerId: string;
  customerName: string;
  subscriptionId: string;
  /** The family of the row's licenses (absent: the section's family). */
  family?: AnalyticsFamily;
  daysSinceAdded: number;
  weeklyAssignedChange: number | null;
  weeklyUsedChange: number | null;
}

export interface RecentlyAddedSection {
  windowDays: number;
  newCustomers: number;
  totalLicenses: number;
  table: Page<RecentlyAddedRow>;
}

export async function recentlyAddedSection(ctx: AnalyticsContext, query: FamiliesQuery): Promise<RecentlyAddedSection> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const now = ctx.clock.now();
  const since = startOfDayBefore(now, settings.sectionWindowDays, settings.timeZone);
  const window = Prisma.sql`x.start_at >= ${since} AND x.start_at <= ${now}`;
  const rows = familySubscriptions(query.family, now, window, customerRestriction("x", query.filter ?? {}, ctx.viewer, now, settings));
  // The totals and the page read independently: on PostgreSQL's pool they run side by side.
  const readPage = async () => {
    const firstStart = await pageStartBound(ctx, query, now, window);
    const bounded = firstStart ? Prisma.sql`${rows} AND x.start_at >= ${firstStart}` : rows;
    // Ordered by the rollup's own copy of the name key (the (family, start_at DESC, name_key)
    // index): only the page's rows look their customer's name up.
    const page = await rawRows<Record<string, unknown>>(ctx.db, Prisma.sql`
      SELECT p.*, pc.name FROM (
        SELECT x.subscription_id, x.family, x.customer_id, x.start_at, x.end_at, x.total, x.assigned, x.used, x.name_key FROM ${bounded}
        ORDER BY x.start_at DESC, x.name_key, x.subscription_id, x.family ${limitOffset(query.page)}) p
      JOIN customers pc ON pc.id = p.customer_id ORDER BY p.start_at DESC, p.name_key, p.subscription_id, p.family`);
    const trends = new Map(await Promise.all(familiesOf(query.family).map(async (family) => {
      const ids = page.filter((r) => r.family === family).map((r) => String(r.subscription_id));
      return [family, await weeklyTrends(ctx.db, ids, family, now, 1)] as const;
    })));
    return { page, trends };
  };
  const [[kpis], { page, trends }] = await Promise.all([rawRows<Record<string, unknown>>(ctx.db, perCustomerTotals(rows, "x", ["total"])), readPage()]);
  return {
    windowDays: settings.sectionWindowDays,
    newCustomers: num(kpis?.customers),
    totalLicenses: num(kpis?.total),
    table: pageOf(page.map((r) => {
      const counts = licenseCounts(r as never);
      const family = String(r.family) as AnalyticsFamily;
      const lastWeek = trends.get(family)?.get(String(r.subscription_id))?.lastWeek ?? null;
      return {
        customerId: String(r.customer_id),
        customerName: String(r.name),
        subscriptionId: String(r.subscription_id),
        family,
        daysSinceAdded: calendarDaysBetween(toDate(r.start_at), now, settings.timeZone),
        ...counts,
        weeklyAssignedChange: weeklyChange(counts.assigned, lastWeek, "assigned"),
        weeklyUsedChange: weeklyChange(counts.used, lastWeek, "used"),
      };
    }), num(kpis?.n), query.page),
  };
}

/**
 * A start no row of the page (nor any before it) started before: the k-th latest start of one
 * family alone, k = the rows up to the page's last, taken over the families (aboutToEnd.ts's
 * pageEndBound, newest first). Read by walking the (family, start_at) index back for k entries,
 * so that the page joins and sorts about k rows instead of the window's every row (PostgreSQL
 * hashed all 50,000 customers for them); undefined when no family has k rows.
 */
async function pageStartBound(ctx: AnalyticsContext, query: FamiliesQuery, now: Date, window: Prisma.Sql): Promise<Date | undefined> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const page = query.page ?? FIRST_PAGE;
  const starts = await Promise.all(familiesOf(query.family).map(async (family) => {
    const [row] = await rawRows<{ start_at: unknown }>(ctx.db, Prisma.sql`
      SELECT x.start_at FROM ${familySubscriptions(family, now, window, customerRestriction("x", query.filter ?? {}, ctx.viewer, now, settings))}
      ORDER BY x.start_at DESC LIMIT 1 OFFSET ${page.page * page.pageSize - 1}`);
    return row ? toDate(row.start_at) : undefined;
  }));
  const found = starts.filter((start): start is Date => start !== undefined);
  return found.length ? new Date(Math.max(...found.map((start) => start.getTime()))) : undefined;
}
