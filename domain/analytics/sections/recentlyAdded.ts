// Section "Recently added" (last 90 days): subscriptions and trials in force that started in
// [now - 90 days, now], with licenses of the toggled family. Newest first.
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { subscriptionTotals } from "../licenseScope.js";
import { licenseCounts, limitOffset, pageOf } from "../paging.js";
import { customerScope } from "../scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../settings.js";
import type { AnalyticsContext, LicenseCounts, Page, SectionQuery } from "../types.js";
import { weeklyChange, weeklyTrends } from "../weeklyTrend.js";
import { addDays, num, toDate, wholeDaysBetween } from "../values.js";

export interface RecentlyAddedRow extends LicenseCounts {
  customerId: string;
  customerName: string;
  subscriptionId: string;
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

export async function recentlyAddedSection(ctx: AnalyticsContext, query: SectionQuery): Promise<RecentlyAddedSection> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const now = ctx.clock.now();
  const since = addDays(now, -settings.sectionWindowDays);
  const rows = Prisma.sql`(${subscriptionTotals(query.family, now, Prisma.sql`s.start_at >= ${since} AND s.start_at <= ${now}`)}) x
    JOIN customers c ON c.id = x.customer_id WHERE ${customerScope(query.filter ?? {}, ctx.viewer, now, settings)}`;
  const [kpis] = await ctx.db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT COUNT(*) AS n, COUNT(DISTINCT x.customer_id) AS customers, SUM(x.total) AS total FROM ${rows}`);
  const page = await ctx.db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT x.*, c.name FROM ${rows} ORDER BY x.start_at DESC, c.name_key, x.subscription_id ${limitOffset(query.page)}`);
  const trends = await weeklyTrends(ctx.db, page.map((r) => String(r.subscription_id)), query.family, now, 1);
  return {
    windowDays: settings.sectionWindowDays,
    newCustomers: num(kpis?.customers),
    totalLicenses: num(kpis?.total),
    table: pageOf(page.map((r) => {
      const counts = licenseCounts(r as never);
      const lastWeek = trends.get(String(r.subscription_id))?.lastWeek ?? null;
      return {
        customerId: String(r.customer_id),
        customerName: String(r.name),
        subscriptionId: String(r.subscription_id),
        daysSinceAdded: wholeDaysBetween(toDate(r.start_at), now),
        ...counts,
        weeklyAssignedChange: weeklyChange(counts.assigned, lastWeek, "assigned"),
        weeklyUsedChange: weeklyChange(counts.used, lastWeek, "used"),
      };
    }), num(kpis?.n), query.page),
  };
}
