// SQL pieces of the subscription analytics over the rollups (rollups.ts): license_line_rollups
// (alias `r`: license lines of active subscriptions beside their customer and dates) and
// subscription_family_rollups (alias `x`: their sums per subscription and family); lines in
// force, subscriptions in force, and the "low license assignment" rule.
//
// Low license assignment (the seed says only "fewer than similar customers"): a license line
// is low when its assigned/total ratio is strictly below the partner's p-th percentile
// (nearest rank, p = lowAssignmentPercentile, 25 by default) of the ratios of the same
// product, among lines with total > 0 on subscriptions in force that started at least
// lowAssignmentMinAgeDays (30) ago. The percentile is partner-wide, whatever the viewer or
// filter, so that a customer is "low" for everyone alike. Ratios are compared by cross
// multiplication of integers, so both engines decide alike; the stored ratio only narrows the
// index range and orders the lines.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import type { Db } from "../store/client.js";
import { rawRows } from "../store/driver.js";
import type { CustomerRestriction } from "./scope.js";
import type { AnalyticsSettings } from "./settings.js";
import { familiesOf, type AnalyticsFamily, type FamilySelection } from "./types.js";
import { addDays, num } from "./values.js";

const sql = Prisma.sql;

/** A rollup row (alias `r` by default) in force at `now`: the rollups hold active subscriptions
 * only, so this is statuses.ts's rule without the status. */
export function lineInForce(now: Date, alias = "r"): Prisma.Sql {
  const a = Prisma.raw(alias);
  return sql`(${a}.auto_renew = true OR ${a}.end_at IS NULL OR ${a}.end_at > ${now})`;
}

/** `alias`.family is the selected family, or either one for "both": an IN list that the
 * (family, ...) indexes still serve, as one range per family. */
export function familyIs(alias: string, selection: FamilySelection): Prisma.Sql {
  const families = familiesOf(selection);
  const a = Prisma.raw(alias);
  return families.length === 1 ? sql`${a}.family = ${families[0]}` : sql`${a}.family IN (${Prisma.join(families)})`;
}

/** Subscriptions in force with licenses of the family (alias `x`, their sums per family, from
 * subscription_family_rollups) matching `extra`, restricted to some customers: FROM ... WHERE. */
export function familySubscriptions(family: FamilySelection, now: Date, extra: Prisma.Sql, customers: CustomerRestriction): Prisma.Sql {
  return sql`subscription_family_rollups x ${customers.join}
    WHERE ${familyIs("x", family)} AND ${lineInForce(now, "x")} AND ${extra} AND ${customers.where}`;
}

/** COUNT(*) AS n, customers (distinct `alias`.customer_id) and the sums of `columns` AS
 * themselves, over `rows` (FROM ... WHERE). Grouping per customer first lets PostgreSQL hash
 * instead of sorting the ids for a COUNT(DISTINCT) (measured: 2 ms instead of 10 for 2,500 ids). */
export function perCustomerTotals(rows: Prisma.Sql, alias: "r" | "x", columns: readonly ("total" | "assigned" | "used" | "overage")[], distinctSubscriptions = false): Prisma.Sql {
  // With both families a subscription carrying both has a row of each: `subscriptions` counts it once.
  const distinct = distinctSubscriptions ? `, COUNT(DISTINCT ${alias}.subscription_id) AS subscriptions` : "";
  const inner = Prisma.raw(distinct + columns.map((column) => `, SUM(${alias}.${column}) AS ${column}`).join(""));
  const outer = Prisma.raw((distinctSubscriptions ? ", SUM(g.subscriptions) AS subscriptions" : "") + columns.map((column) => `, SUM(g.${column}) AS ${column}`).join(""));
  return sql`SELECT COALESCE(SUM(g.n), 0) AS n, COUNT(*) AS customers${outer}
    FROM (SELECT ${Prisma.raw(alias)}.customer_id, COUNT(*) AS n${inner} FROM ${rows} GROUP BY ${Prisma.raw(alias)}.customer_id) g`;
}

/** The percentile line of one product: lines below assigned/total = `assigned`/`total` are low. */
export interface AssignmentThreshold { product: string; assigned: number; total: number; peers: number }

function comparedLines(family: AnalyticsFamily, now: Date, settings: AnalyticsSettings): Prisma.Sql {
  return sql`license_line_rollups r WHERE r.family = ${family} AND r.ratio IS NOT NULL
    AND ${lineInForce(now)} AND r.start_at <= ${addDays(now, -settings.lowAssignmentMinAgeDays)}`;
}

/** The thresholds of each selected family (products belong to one family each). */
export async function familyThresholds(db: Db, selection: FamilySelection, now: Date, settings: AnalyticsSettings): Promise<{ family: AnalyticsFamily; thresholds: AssignmentThreshold[] }[]> {
  return Promise.all(familiesOf(selection).map(async (family) => ({ family, thresholds: await assignmentThresholds(db, family, now, settings) })));
}

/**
 * The low-assignment condition on `r` over several families: one OR term per (family, product),
 * each matching the (family, product, ratio) index, so that SQLite reads each product's low
 * lines by that index (a nested OR of a family's products made it scan the family by start).
 */
export function lowOfEachFamily(perFamily: readonly { family: AnalyticsFamily; thresholds: readonly AssignmentThreshold[] }[], now: Date, settings: AnalyticsSettings): Prisma.Sql {
  const terms = perFamily.flatMap(({ family, thresholds }) => thresholds.map((t) => sql`(r.family = ${family} AND ${lowAssignmentCondition([t], now, settings)})`));
  return terms.length === 0 ? sql`1 = 0` : sql`(${Prisma.join(terms, " OR ")})`;
}

export async function assignmentThresholds(db: Db, family: AnalyticsFamily, now: Date, settings: AnalyticsSettings): Promise<AssignmentThreshold[]> {
  // Nearest rank: the line at rank ceil(p * n / 100) (at least 1) in ratio order, read by
  // walking the (family, product, ratio) index to that offset instead of ranking every line.
  const p = settings.lowAssignmentPercentile;
  const peers = await rawRows<{ product: string; n: unknown }>(db, sql`
    SELECT r.product, COUNT(*) AS n FROM ${comparedLines(family, now, settings)} GROUP BY r.product ORDER BY r.product`);
  // One read per product, side by side (PostgreSQL's pool runs them at once).
  const thresholds = await Promise.all(peers.map(async ({ product, n: counted }): Promise<AssignmentThreshold | null> => {
    const n = num(counted);
    const rank = Math.max(1, Math.ceil((p * n) / 100));
    if (rank > n) return null;
    const [line] = await rawRows<{ assigned: unknown; total: unknown }>(db, sql`
      SELECT r.assigned, r.total FROM ${comparedLines(family, now, settings)} AND r.product = ${product}
      ORDER BY r.ratio, r.assigned LIMIT 1 OFFSET ${rank - 1}`);
    return line ? { product, assigned: num(line.assigned), total: num(line.total), peers: n } : null;
  }));
  return thresholds.filter((t): t is AssignmentThreshold => t !== null);
}

/**
 * The condition on `r` of a low-assignment line, given the thresholds. `byRatio` is for one page
 * in ratio order: the product and each product's ratio are then compared as expressions no
 * index serves (`r.product || ''`, `r.ratio + 0`) beside one range on the ratio up to the
 * highest threshold, so the planner walks the (family, ratio) index to the page instead of
 * gathering every low line of each product (one index range per OR term) and sorting them all.
 */
export function lowAssignmentCondition(thresholds: readonly AssignmentThreshold[], now: Date, settings: AnalyticsSettings, byRatio = false): Prisma.Sql {
  if (thresholds.length === 0) return sql`1 = 0`;
  const product = Prisma.raw(byRatio ? "(r.product || '')" : "r.product");
  const ratio = Prisma.raw(byRatio ? "(r.ratio + 0)" : "r.ratio");
  const below = thresholds.map((t) => sql`(${product} = ${t.product} AND ${ratio} <= ${t.assigned / t.total} AND r.assigned * ${t.total} < ${t.assigned} * r.total)`);
  const walked = byRatio ? sql` AND r.ratio <= ${Math.max(...thresholds.map((t) => t.assigned / t.total))}` : Prisma.empty;
  return sql`(r.total > 0 AND r.start_at <= ${addDays(now, -settings.lowAssignmentMinAgeDays)}${walked} AND (${Prisma.join(below, " OR ")}))`;
}
