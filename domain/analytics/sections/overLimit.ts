// Section "Over license limit": license lines of subscriptions in force with more licenses
// assigned than bought, one row per subscription and product, largest overage first.
// KPIs: customers with overage; total overage = sum of (assigned - total) over those lines;
// average overage = total overage / customers with overage (null without any).
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { rawRows } from "../../store/driver.js";
import { licenseCounts, limitOffset, pageOf } from "../paging.js";
import { familyIs, lineInForce, perCustomerTotals } from "../licenseScope.js";
import { customerRestriction } from "../scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../settings.js";
import type { AnalyticsContext, FamiliesQuery, LicenseCounts, Page } from "../types.js";
import { bool, dateOrNull, num, percent } from "../values.js";
import { calendarMonthsBetween } from "../../calendarDays.js";

export interface OverLimitRow extends LicenseCounts {
  customerId: string;
  customerName: string;
  subscriptionId: string;
  product: string;
  /** Whole months until the end date; null for a subscription without one. */
  monthsRemaining: number | null;
  autoRenew: boolean;
  overage: number;
  assignedPercent: number | null;
  usedPercent: number | null;
}

export interface OverLimitSection {
  customers: number;
  totalOverage: number;
  averageOverage: number | null;
  table: Page<OverLimitRow>;
}

export async function overLimitSection(ctx: AnalyticsContext, query: FamiliesQuery): Promise<OverLimitSection> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const now = ctx.clock.now();
  // The (family, overage) index of the line rollups starts from the few over-limit lines.
  const rows = (withCustomer: boolean) => {
    const customers = customerRestriction("r", query.filter ?? {}, ctx.viewer, now, settings, withCustomer);
    return Prisma.sql`license_line_rollups r ${customers.join}
      WHERE ${familyIs("r", query.family)} AND r.overage > 0 AND ${lineInForce(now)} AND ${customers.where}`;
  };
  // The totals and the page read independently: on PostgreSQL's pool they run side by side.
  const [[kpis], page] = await Promise.all([
    rawRows<Record<string, unknown>>(ctx.db, perCustomerTotals(rows(false), "r", ["overage"])),
    rawRows<Record<string, unknown>>(ctx.db, Prisma.sql`
      SELECT c.id AS customer_id, c.name, r.subscription_id, r.end_at, r.auto_renew, r.product, r.total, r.assigned, r.used FROM ${rows(true)}
      ORDER BY r.overage DESC, c.name_key, r.subscription_id, r.product ${limitOffset(query.page)}`),
  ]);
  const customers = num(kpis?.customers);
  const totalOverage = num(kpis?.overage);
  return {
    customers,
    totalOverage,
    averageOverage: customers > 0 ? Math.round((totalOverage / customers) * 10) / 10 : null,
    table: pageOf(page.map((r) => {
      const counts = licenseCounts(r as never);
      const endAt = dateOrNull(r.end_at);
      return {
        customerId: String(r.customer_id),
        customerName: String(r.name),
        subscriptionId: String(r.subscription_id),
        product: String(r.product),
        monthsRemaining: endAt ? calendarMonthsBetween(now, endAt, settings.timeZone) : null,
        autoRenew: bool(r.auto_renew),
        ...counts,
        overage: counts.assigned - counts.total,
        assignedPercent: percent(counts.assigned, counts.total),
        usedPercent: percent(counts.used, counts.total),
      };
    }), num(kpis?.n), query.page),
  };
}
