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
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { assignmentThresholds, lowAssignmentCondition } from "./licenseScope.js";
import { customerScope, inForce } from "./scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "./settings.js";
import type { AnalyticsContext, AnalyticsFamily, SectionQuery } from "./types.js";
import { addDays, num } from "./values.js";

const sql = Prisma.sql;

export interface KpiStrip {
  family: AnalyticsFamily;
  windowDays: number;
  totalCustomers: number;
  nearingExpiration: number;
  nearingRenewal: number;
  lowAssignment: number;
  overLimit: number;
}

export async function kpiStrip(ctx: AnalyticsContext, query: Omit<SectionQuery, "page">): Promise<KpiStrip> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const now = ctx.clock.now();
  const { family } = query;
  const scope = customerScope(query.filter ?? {}, ctx.viewer, now, settings);
  const windowEnd = addDays(now, settings.sectionWindowDays);
  const low = lowAssignmentCondition(await assignmentThresholds(ctx.db, family, now, settings), now, settings);
  const ending = (autoRenew: boolean) =>
    sql`s.auto_renew = ${Prisma.raw(autoRenew ? "true" : "false")} AND s.end_at > ${now} AND s.end_at <= ${windowEnd}`;
  // One pass over the family's lines in force: each KPI counts the distinct customers whose
  // line meets its condition. The rollup guard leaves out customers with nothing active.
  const [row] = await ctx.db.$queryRaw<Record<string, unknown>[]>(sql`SELECT
      COUNT(DISTINCT c.id) AS total,
      COUNT(DISTINCT CASE WHEN ${ending(false)} THEN c.id END) AS expiring,
      COUNT(DISTINCT CASE WHEN ${ending(true)} THEN c.id END) AS renewing,
      COUNT(DISTINCT CASE WHEN ${low} THEN c.id END) AS low,
      COUNT(DISTINCT CASE WHEN l.assigned > l.total THEN c.id END) AS over_limit
    FROM customers c JOIN subscriptions s ON s.customer_id = c.id JOIN license_lines l ON l.subscription_id = s.id
    WHERE c.live_subscriptions + c.live_trials > 0 AND l.family = ${family} AND ${inForce(now)} AND ${scope}`);
  return {
    family,
    windowDays: settings.sectionWindowDays,
    totalCustomers: num(row?.total),
    nearingExpiration: num(row?.expiring),
    nearingRenewal: num(row?.renewing),
    lowAssignment: num(row?.low),
    overLimit: num(row?.over_limit),
  };
}
