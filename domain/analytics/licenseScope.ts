// SQL pieces of the subscription analytics: license lines of the toggled family on
// subscriptions in force, per subscription sums, and the "low license assignment" rule.
//
// Low license assignment (the seed says only "fewer than similar customers"): a license line
// is low when its assigned/total ratio is strictly below the partner's p-th percentile
// (nearest rank, p = lowAssignmentPercentile, 25 by default) of the ratios of the same
// product, among lines with total > 0 on subscriptions in force that started at least
// lowAssignmentMinAgeDays (30) ago. The percentile is partner-wide, whatever the viewer or
// filter, so that a customer is "low" for everyone alike. Ratios are compared by cross
// multiplication of integers, so both engines decide alike.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import type { Db } from "../store/client.js";
import { inForce } from "./scope.js";
import type { AnalyticsSettings } from "./settings.js";
import type { AnalyticsFamily } from "./types.js";
import { addDays, num } from "./values.js";

const sql = Prisma.sql;

/** Per-subscription sums of the family's lines, on subscriptions in force matching `extra`.
 * Subscriptions come first (SQLite keeps a CROSS JOIN's order) so that the date indexes
 * narrow the window before any license line is read. */
export function subscriptionTotals(family: AnalyticsFamily, now: Date, extra: Prisma.Sql): Prisma.Sql {
  return sql`SELECT s.id AS subscription_id, s.customer_id, s.start_at, s.end_at, s.auto_renew,
      SUM(l.total) AS total, SUM(l.assigned) AS assigned, SUM(l.used) AS used
    FROM subscriptions s CROSS JOIN license_lines l
    WHERE l.subscription_id = s.id AND l.family = ${family} AND ${inForce(now)} AND ${extra}
    GROUP BY s.id, s.customer_id, s.start_at, s.end_at, s.auto_renew`;
}

/** The percentile line of one product: lines below assigned/total = `assigned`/`total` are low. */
export interface AssignmentThreshold { product: string; assigned: number; total: number; peers: number }

function comparedLines(family: AnalyticsFamily, now: Date, settings: AnalyticsSettings): Prisma.Sql {
  return sql`license_lines l JOIN subscriptions s ON s.id = l.subscription_id
    WHERE l.family = ${family} AND l.total > 0 AND ${inForce(now)} AND s.start_at <= ${addDays(now, -settings.lowAssignmentMinAgeDays)}`;
}

export async function assignmentThresholds(db: Db, family: AnalyticsFamily, now: Date, settings: AnalyticsSettings): Promise<AssignmentThreshold[]> {
  // One pass: rank the lines of each product by ratio and keep the nearest-rank line, the first
  // whose rank reaches p% of the product's lines (rank = ceil(p * n / 100), at least 1).
  const p = settings.lowAssignmentPercentile;
  const rows = await db.$queryRaw<{ product: string; assigned: unknown; total: unknown; n: unknown }[]>(sql`
    SELECT product, assigned, total, n FROM (
      SELECT l.product, l.assigned, l.total,
        ROW_NUMBER() OVER (PARTITION BY l.product ORDER BY l.assigned * 1.0 / l.total, l.assigned) AS rn,
        COUNT(*) OVER (PARTITION BY l.product) AS n
      FROM ${comparedLines(family, now, settings)}) ranked
    WHERE (rn * 100 >= ${p} * n AND (rn - 1) * 100 < ${p} * n) OR (rn = 1 AND ${p} * n <= 0)
    ORDER BY product`);
  return rows.map((r) => ({ product: r.product, assigned: num(r.assigned), total: num(r.total), peers: num(r.n) }));
}

/** The condition on `l` and `s` of a low-assignment line, given the thresholds. */
export function lowAssignmentCondition(thresholds: readonly AssignmentThreshold[], now: Date, settings: AnalyticsSettings): Prisma.Sql {
  if (thresholds.length === 0) return sql`1 = 0`;
  const below = thresholds.map((t) => sql`(l.product = ${t.product} AND l.assigned * ${t.total} < ${t.assigned} * l.total)`);
  return sql`(l.total > 0 AND s.start_at <= ${addDays(now, -settings.lowAssignmentMinAgeDays)} AND (${Prisma.join(below, " OR ")}))`;
}
