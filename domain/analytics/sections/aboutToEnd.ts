// Sections "About to expire" and "About to renew" (next 90 days): subscriptions and trials in
// force that end in (now, now + 90 days], without auto-renew (expire) or with it (renew).
// A trial ending exactly 90 days from now is in; one ending exactly now is not (it has ended).
// Days left are calendar days in the space's time zone (domain/calendarDays.ts): within the
// window that is never more than the window's days.
// KPIs as the seed defines them: assignment % = assigned / total and usage % = used in the
// last 7 days / total, both over the section's subscriptions. Soonest first.
// With "both" families, a subscription carrying both has a row of each (the row says which),
// counted once among the subscriptions; its licenses of each family add up.
import { rawRows } from "../../store/driver.js";
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { perCustomerTotals, familySubscriptions } from "../licenseScope.js";
import { licenseCounts, limitOffset, pageOf } from "../paging.js";
import { FIRST_PAGE } from "../filter.js";
import { customerRestriction } from "../scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../settings.js";
import { familiesOf, type AnalyticsContext, type AnalyticsFamily, type FamiliesQuery, type LicenseCounts, type Page } from "../types.js";
import { weeklyTrends } from "../weeklyTrend.js";
import { endOfDayAfter } from "../../calendarDays.js";
import { num, percent, toDate } from "../values.js";
import { calendarDaysBetween } from "../../calendarDays.js";

export interface AboutToEndRow extends LicenseCounts {
  customerId: string;
  customerName: string;
  subscriptionId: string;
  /** The family of the row's licenses (one of the two when the section asks for both; absent:
   * the section's family). */
  family?: AnalyticsFamily;
  endAt: Date;
  /** Calendar days until the expiry (or renewal) in the space's time zone; 0 on the last day. */
  daysUntilEnd: number;
  /** Licenses used per week over the last 3 months, oldest first; null for a week without data. */
  usageTrend: { weekStart: Date; used: number | null }[];
}

export interface AboutToEndSection {
  kind: "expire" | "renew";
  windowDays: number;
  customers: number;
  subscriptions: number;
  totalLicenses: number;
  assignedPercent: number | null;
  usedPercent: number | null;
  table: Page<AboutToEndRow>;
}

/** "Usage over the last 3 months" of a row: its first and last weekly figures and the highest
 * (the licenses used in the busiest week), or null without any snapshot. Cards and reports read it. */
export function usageOverWeeks(trend: AboutToEndRow["usageTrend"]): { first: number; last: number; peak: number } | null {
  const used = trend.map((w) => w.used).filter((u): u is number => u !== null);
  if (used.length === 0) return null;
  return { first: used[0]!, last: used.at(-1)!, peak: Math.max(...used) };
}

async function aboutToEnd(ctx: AnalyticsContext, query: FamiliesQuery, kind: "expire" | "renew"): Promise<AboutToEndSection> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const now = ctx.clock.now();
  const windowEnd = endOfDayAfter(now, settings.sectionWindowDays, settings.timeZone);
  const autoRenew = Prisma.raw(kind === "renew" ? "true" : "false");
  const window = Prisma.sql`x.auto_renew = ${autoRenew} AND x.end_at > ${now} AND x.end_at < ${windowEnd}`;
  const rows = (withCustomer: boolean) =>
    familySubscriptions(query.family, now, window, customerRestriction("x", query.filter ?? {}, ctx.viewer, now, settings, withCustomer));
  // The totals and the page read independently: on PostgreSQL's pool they run side by side.
  const readPage = async () => {
    const lastEnd = await pageEndBound(ctx, query, now, window);
    const bounded = lastEnd ? Prisma.sql`${rows(true)} AND x.end_at <= ${lastEnd}` : rows(true);
    const page = await rawRows<Record<string, unknown>>(ctx.db, Prisma.sql`
      SELECT x.subscription_id, x.family, x.customer_id, x.start_at, x.end_at, x.total, x.assigned, x.used, c.name FROM ${bounded} ORDER BY x.end_at, c.name_key, x.subscription_id, x.family ${limitOffset(query.page)}`);
    // The snapshots are summed per family: one read per family on the page.
    const trends = new Map(await Promise.all(familiesOf(query.family).map(async (family) => {
      const ids = page.filter((r) => r.family === family).map((r) => String(r.subscription_id));
      return [family, await weeklyTrends(ctx.db, ids, family, now, settings.usageTrendWeeks)] as const;
    })));
    return { page, trends };
  };
  const [[kpis], { page, trends }] = await Promise.all([
    rawRows<Record<string, unknown>>(ctx.db, perCustomerTotals(rows(false), "x", ["total", "assigned", "used"], query.family === "both")),
    readPage(),
  ]);
  const total = num(kpis?.total);
  return {
    kind,
    windowDays: settings.sectionWindowDays,
    customers: num(kpis?.customers),
    subscriptions: num(query.family === "both" ? kpis?.subscriptions : kpis?.n),
    totalLicenses: total,
    assignedPercent: percent(num(kpis?.assigned), total),
    usedPercent: percent(num(kpis?.used), total),
    table: pageOf(page.map((r) => {
      const endAt = toDate(r.end_at);
      const family = String(r.family) as AnalyticsFamily;
      const trend = trends.get(family)?.get(String(r.subscription_id))?.weeks ?? [];
      return {
        customerId: String(r.customer_id),
        customerName: String(r.name),
        subscriptionId: String(r.subscription_id),
        family,
        endAt,
        daysUntilEnd: calendarDaysBetween(now, endAt, settings.timeZone),
        ...licenseCounts(r as never),
        usageTrend: trend.map((w) => ({ weekStart: w.weekStart, used: w.point?.used ?? null })),
      };
    }), num(kpis?.n), query.page),
  };
}

/**
 * An end date no row of the page (nor any before it) ends after: the k-th earliest end of one
 * family alone, k = the rows up to the page's last, taken over the families (the k earliest of
 * that family are k rows ending by it). Read by walking the (family, auto_renew, end_at) index
 * for k entries, so that the page query joins and sorts about k rows instead of the window's
 * every row (18,000 for 90 days at 50,000 customers); undefined when no family has k rows.
 */
async function pageEndBound(ctx: AnalyticsContext, query: FamiliesQuery, now: Date, window: Prisma.Sql): Promise<Date | undefined> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const page = query.page ?? FIRST_PAGE;
  const k = page.page * page.pageSize;
  const ends = await Promise.all(familiesOf(query.family).map(async (family) => {
    const [row] = await rawRows<{ end_at: unknown }>(ctx.db, Prisma.sql`
      SELECT x.end_at FROM ${familySubscriptions(family, now, window, customerRestriction("x", query.filter ?? {}, ctx.viewer, now, settings))}
      ORDER BY x.end_at LIMIT 1 OFFSET ${k - 1}`);
    return row ? toDate(row.end_at) : undefined;
  }));
  const found = ends.filter((end): end is Date => end !== undefined);
  return found.length ? new Date(Math.min(...found.map((end) => end.getTime()))) : undefined;
}

export const aboutToExpireSection = (ctx: AnalyticsContext, query: FamiliesQuery) => aboutToEnd(ctx, query, "expire");
export const aboutToRenewSection = (ctx: AnalyticsContext, query: FamiliesQuery) => aboutToEnd(ctx, query, "renew");
