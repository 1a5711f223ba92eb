// The KPI strip above the subscription analytics (Meetings or Calling): total customers,
// nearing expiration, nearing renewal, low license assignment, over license limit. Each is a
// count of customers; the sections below repeat the same definitions with their tables.
//
// - total customers: customers with a subscription or trial in force carrying licenses of the
//   family;
// - nearing expiration: a non-auto-renewing one of them ends in (now, now + 90 days];
// - nearing renewal: an auto-renewing one of them renews in (now, now + 90 days];
// - low license assignment: one of its lines is low (licenseScope.ts);
// - over license limit: one of its lines has more licenses assigned than bought.
//
// "both" (a partner selling Meetings and Calling) asks the same of either family: each figure
// still counts customers, so a customer with both is counted once, not once per family.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { rawRows } from "../store/driver.js";
import { assignmentThresholds, lineInForce, lowAssignmentCondition } from "./licenseScope.js";
import { customerRestriction, customerScope } from "./scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "./settings.js";
import { familiesOf, type AnalyticsContext, type AnalyticsFamily, type FamiliesQuery, type FamilySelection } from "./types.js";
import { endOfDayAfter } from "../calendarDays.js";
import { num } from "./values.js";

const sql = Prisma.sql;

export interface KpiStrip {
  family: FamilySelection;
  windowDays: number;
  totalCustomers: number;
  nearingExpiration: number;
  nearingRenewal: number;
  lowAssignment: number;
  overLimit: number;
}

export async function kpiStrip(ctx: AnalyticsContext, query: Omit<FamiliesQuery, "page">): Promise<KpiStrip> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const now = ctx.clock.now();
  const { family } = query;
  const filter = query.filter ?? {};
  const windowEnd = endOfDayAfter(now, settings.sectionWindowDays, settings.timeZone);
  // Each KPI but the first counts the distinct customers with a rollup row meeting its
  // condition, through the index that matches it (an end-date window, the ratio order, the
  // overage); the whole partner needs no customer row per rollup row.
  // For "both", one such select per family joined by UNION (which keeps each customer once):
  // each family then reads its own index range exactly as alone, where `family IN (...)` let
  // SQLite pick a wider index for the low-assignment condition (a product per family).
  const customersWith = (table: "license_line_rollups" | "subscription_family_rollups", alias: "r" | "x", condition: (family: AnalyticsFamily) => Prisma.Sql) => {
    const customers = customerRestriction(alias, filter, ctx.viewer, now, settings);
    const a = Prisma.raw(alias);
    const select = (f: AnalyticsFamily) => sql`SELECT ${a}.customer_id || '' AS id FROM ${Prisma.raw(table)} ${a} ${customers.join}
      WHERE ${a}.family = ${f} AND ${lineInForce(now, alias)} AND ${condition(f)} AND ${customers.where}`;
    // Grouped rather than COUNT(DISTINCT): PostgreSQL then hashes the ids instead of sorting
    // them. `|| ''` keeps SQLite from walking the customer_id index in order, which reads every
    // row instead of the few the condition's index finds.
    const families = familiesOf(family);
    if (families.length === 1) return sql`(SELECT COUNT(*) FROM (${select(families[0]!)} GROUP BY ${a}.customer_id || '') g)`;
    return sql`(SELECT COUNT(*) FROM (${Prisma.join(families.map(select), " UNION ")}) g)`;
  };
  const ending = (autoRenew: boolean) =>
    sql`x.auto_renew = ${Prisma.raw(autoRenew ? "true" : "false")} AND x.end_at > ${now} AND x.end_at < ${windowEnd}`;
  // Customers in force for the family are a comparison of their family bounds with "now"
  // (either family's for "both": one row per customer, so counted once).
  const inForce = Prisma.join(familiesOf(family).map((f) => sql`${Prisma.raw(`c.${f}_open_ended`)} > 0 OR ${Prisma.raw(`c.${f}_last_end_at`)} > ${now}`), " OR ");
  // The low-assignment count waits for the percentile; the rest need not wait for it (on
  // PostgreSQL they run on another pooled connection meanwhile).
  const lowCount = async () => {
    const thresholds = new Map(await Promise.all(familiesOf(family).map(async (f) => [f, await assignmentThresholds(ctx.db, f, now, settings)] as const)));
    const low = (f: AnalyticsFamily) => lowAssignmentCondition(thresholds.get(f) ?? [], now, settings);
    const [row] = await rawRows<Record<string, unknown>>(ctx.db, sql`SELECT ${customersWith("license_line_rollups", "r", low)} AS low`);
    return num(row?.low);
  };
  const [lowAssignment, [row]] = await Promise.all([lowCount(), rawRows<Record<string, unknown>>(ctx.db, sql`SELECT
      (SELECT COUNT(*) FROM customers c WHERE (${inForce}) AND ${customerScope(filter, ctx.viewer, now, settings)}) AS total,
      ${customersWith("subscription_family_rollups", "x", () => ending(false))} AS expiring,
      ${customersWith("subscription_family_rollups", "x", () => ending(true))} AS renewing,
      ${customersWith("license_line_rollups", "r", () => sql`r.overage > 0`)} AS over_limit`)]);
  return {
    family,
    windowDays: settings.sectionWindowDays,
    totalCustomers: num(row?.total),
    nearingExpiration: num(row?.expiring),
    nearingRenewal: num(row?.renewing),
    lowAssignment,
    overLimit: num(row?.over_limit),
  };
}
