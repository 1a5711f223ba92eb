// Section "Low license assignment": license lines below the partner's percentile for their
// product (rule in licenseScope.ts), one row per subscription and product, lowest ratio first.
// KPIs as the seed defines them: assignment % = assigned / total; usage % = used / total (the
// seed's formula, though its label says "of assigned licenses"); unassigned = total - assigned.
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { rawRows } from "../../store/driver.js";
import { familyThresholds, lineInForce, lowAssignmentCondition, lowOfEachFamily, perCustomerTotals, type AssignmentThreshold } from "../licenseScope.js";
import { licenseCounts, limitOffset, pageOf } from "../paging.js";
import { FIRST_PAGE } from "../filter.js";
import { customerRestriction } from "../scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../settings.js";
import type { AnalyticsContext, LicenseCounts, Page, FamiliesQuery } from "../types.js";
import { lastWeekLines, weeklyChange } from "../weeklyTrend.js";
import { num, percent, toDate } from "../values.js";
import { calendarMonthsBetween } from "../../calendarDays.js";

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

export async function lowAssignmentSection(ctx: AnalyticsContext, query: FamiliesQuery): Promise<LowAssignmentSection> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const now = ctx.clock.now();
  const perFamily = await familyThresholds(ctx.db, query.family, now, settings);
  const thresholds = perFamily.flatMap((f) => f.thresholds);
  // The page walks the lines in ratio order. Both families: a term per family and product
  // (the family is in each term).
  const pageRows = (withCustomer = true) => {
    const customers = customerRestriction("r", query.filter ?? {}, ctx.viewer, now, settings, withCustomer);
    const low = query.family === "both" ? lowOfEachFamily(perFamily, now, settings) : Prisma.sql`r.family = ${query.family} AND ${lowAssignmentCondition(thresholds, now, settings, true)}`;
    return Prisma.sql`license_line_rollups r ${customers.join}
      WHERE ${lineInForce(now)} AND ${low} AND ${customers.where}`;
  };
  // The totals read every low line: one select per (family, product) joined by UNION ALL (the
  // products are disjoint), each a range of the covering (family, product, ratio, ...) index.
  // One OR of the products made SQLite read every line of the partner by customer instead.
  const lowLines = () => {
    const customers = customerRestriction("r", query.filter ?? {}, ctx.viewer, now, settings);
    const terms = perFamily.flatMap(({ family, thresholds: own }) => own.map((t) => Prisma.sql`
      SELECT r.customer_id, r.total, r.assigned, r.used FROM license_line_rollups r ${customers.join}
      WHERE r.family = ${family} AND ${lowAssignmentCondition([t], now, settings)} AND ${lineInForce(now)} AND ${customers.where}`));
    return terms.length === 0
      ? Prisma.sql`license_line_rollups r WHERE 1 = 0`
      : Prisma.sql`(${Prisma.join(terms, " UNION ALL ")}) r WHERE 1 = 1`;
  };
  // The totals and the page read independently: on PostgreSQL's pool they run side by side.
  const { page: pageNumber, pageSize } = query.page ?? FIRST_PAGE;
  const readPage = async () => {
    // No row of the page (nor before it) has a higher ratio than the line at its last position:
    // found without a customer row for the whole partner, it bounds the lines the page joins and
    // sorts (PostgreSQL, misjudging the product terms as 11 rows, joined all 8,800 low lines).
    const [last] = await rawRows<{ ratio: unknown }>(ctx.db, Prisma.sql`
      SELECT r.ratio FROM ${pageRows(false)} ORDER BY r.ratio LIMIT 1 OFFSET ${pageNumber * pageSize - 1}`);
    const bounded = last ? Prisma.sql`${pageRows()} AND r.ratio <= ${Number(last.ratio)}` : pageRows();
    const rows = await rawRows<Record<string, unknown>>(ctx.db, Prisma.sql`
      SELECT c.id AS customer_id, c.name, r.subscription_id, r.start_at, r.product, r.total, r.assigned, r.used FROM ${bounded}
      ORDER BY r.ratio, c.name_key, r.subscription_id, r.product ${limitOffset(query.page)}`);
    return { rows, lastWeek: await lastWeekLines(ctx.db, rows.map((r) => String(r.subscription_id)), now) };
  };
  const [[kpis], { rows: page, lastWeek }] = await Promise.all([
    rawRows<Record<string, unknown>>(ctx.db, perCustomerTotals(lowLines(), "r", ["total", "assigned", "used"])),
    readPage(),
  ]);
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
        monthsSinceAdded: calendarMonthsBetween(toDate(r.start_at), now, settings.timeZone),
        ...counts,
        assignedPercent: percent(counts.assigned, counts.total),
        weeklyAssignedChange: weeklyChange(counts.assigned, lastWeek.get(`${String(r.subscription_id)}|${String(r.product)}`) ?? null, "assigned"),
      };
    }), num(kpis?.n), query.page),
  };
}
