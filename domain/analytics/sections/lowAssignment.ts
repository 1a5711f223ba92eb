// Section "Low license assignment": license lines below the partner's percentile for their
// product (rule in licenseScope.ts), one row per subscription and product, lowest ratio first.
// KPIs as the seed defines them: assignment % = assigned / total; usage % = used / total (the
// seed's formula, though its label says "of assigned licenses"); unassigned = total - assigned.
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { assignmentThresholds, lowAssignmentCondition, type AssignmentThreshold } from "../licenseScope.js";
import { licenseCounts, limitOffset, pageOf } from "../paging.js";
import { customerScope, inForce } from "../scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../settings.js";
import type { AnalyticsContext, LicenseCounts, Page, SectionQuery } from "../types.js";
import { lastWeekLines, weeklyChange } from "../weeklyTrend.js";
import { num, percent, toDate, wholeMonthsBetween } from "../values.js";

export interface LowAssignmentRow extends LicenseCounts {
  customerId: string;
  customerName: string;
  subscriptionId: string;
  product: string;
  monthsSinceAdded: number;
  assignedPercent: number | null;
  weeklyAssignedChange: number | null;
}

export interface LowAssignmentSection {
  customers: number;
  assignedPercent: number | null;
  usedPercent: number | null;
  unassignedLicenses: number;
  /** The percentile line per product that rows fall below, for the card's footnote. */
  thresholds: AssignmentThreshold[];
  table: Page<LowAssignmentRow>;
}

export async function lowAssignmentSection(ctx: AnalyticsContext, query: SectionQuery): Promise<LowAssignmentSection> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const now = ctx.clock.now();
  const thresholds = await assignmentThresholds(ctx.db, query.family, now, settings);
  const rows = Prisma.sql`license_lines l JOIN subscriptions s ON s.id = l.subscription_id JOIN customers c ON c.id = s.customer_id
    WHERE l.family = ${query.family} AND ${inForce(now)} AND ${lowAssignmentCondition(thresholds, now, settings)}
      AND ${customerScope(query.filter ?? {}, ctx.viewer, now, settings)}`;
  const [kpis] = await ctx.db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT COUNT(*) AS n, COUNT(DISTINCT c.id) AS customers, SUM(l.total) AS total, SUM(l.assigned) AS assigned, SUM(l.used) AS used FROM ${rows}`);
  const page = await ctx.db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT c.id AS customer_id, c.name, s.id AS subscription_id, s.start_at, l.product, l.total, l.assigned, l.used FROM ${rows}
    ORDER BY l.assigned * 1.0 / l.total, c.name_key, s.id, l.product ${limitOffset(query.page)}`);
  const lastWeek = await lastWeekLines(ctx.db, page.map((r) => String(r.subscription_id)), now);
  const total = num(kpis?.total);
  const assigned = num(kpis?.assigned);
  return {
    customers: num(kpis?.customers),
    assignedPercent: percent(assigned, total),
    usedPercent: percent(num(kpis?.used), total),
    unassignedLicenses: Math.max(0, total - assigned),
    thresholds,
    table: pageOf(page.map((r) => {
      const counts = licenseCounts(r as never);
      return {
        customerId: String(r.customer_id),
        customerName: String(r.name),
        subscriptionId: String(r.subscription_id),
        product: String(r.product),
        monthsSinceAdded: wholeMonthsBetween(toDate(r.start_at), now),
        ...counts,
        assignedPercent: percent(counts.assigned, counts.total),
        weeklyAssignedChange: weeklyChange(counts.assigned, lastWeek.get(`${String(r.subscription_id)}|${String(r.product)}`) ?? null, "assigned"),
      };
    }), num(kpis?.n), query.page),
  };
}
