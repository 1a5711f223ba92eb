// Rollups, rewritten in the same transaction as every import, sync or seed. Partner data changes
// only then, so the analytics can compare a few columns with "now" instead of joining
// subscriptions and licenses on every question:
// - per license line of an `active` subscription: the line beside its subscription's customer
//   and dates (license_line_rollups: low assignment, over limit, the KPI strip);
// - per family of an `active` subscription: the sums of those lines (subscription_family_rollups:
//   the recently added, about to expire and about to renew sections);
// - per customer, family and week: the license snapshots summed (license_weeks, the trend);
// - per customer: counts and time-free date bounds of its subscriptions, overall (statuses.ts)
//   and per analytics family (the KPI strip's customers).
// test/domain/analytics/rollups.test.ts compares both with a fresh computation.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import type { Db } from "../store/client.js";
import { analyzeStore } from "../store/analyze.js";
import { withoutSecondaryIndexes } from "../store/bulkIndexes.js";
import { ANALYTICS_FAMILIES, type AnalyticsFamily } from "./types.js";
import { refreshLicenseWeeks } from "./licenseWeeks.js";

type Executor = Pick<Db, "$executeRaw" | "$executeRawUnsafe" | "$queryRawUnsafe">;

// Statuses that still count as a live contract (not expired, not cancelled).
const LIVE = "('active', 'suspended', 'pending_setup')";

// The customer rollups are computed in one aggregate pass per source table (subscriptions,
// license lines, family rollups) and joined back with UPDATE ... FROM, rather than as a dozen
// correlated subqueries per customer: a report touching 25,000 customers spent 2 s in those.
// Customers first go back to "nothing", so one whose last subscription left is right too.
const ACTIVE_OF_TYPE = (type: string) => `s.type = '${type}' AND s.status = 'active'`;
const OPEN_ENDED = "(s.auto_renew = true OR s.end_at IS NULL)";
const DATED = "s.auto_renew = false AND s.end_at IS NOT NULL";
const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
const latest = (condition: string) => `MAX(CASE WHEN ${condition} THEN s.end_at END)`;

const familyColumns = (family: AnalyticsFamily): string[] => [`${family}_open_ended`, `${family}_last_end_at`];

const RESET_SQL = `
UPDATE customers SET next_end_at = NULL, live_subscriptions = 0, live_trials = 0, suspended_count = 0,
  pending_setup_count = 0, overage_lines = 0, open_ended_trials = 0, last_trial_end_at = NULL,
  open_ended_subscriptions = 0, last_subscription_end_at = NULL, last_end_at = NULL,
  ${ANALYTICS_FAMILIES.map((f) => `${f}_open_ended = 0, ${f}_last_end_at = NULL`).join(", ")}`;

const SUBSCRIPTION_COLUMNS: Record<string, string> = {
  next_end_at: `MIN(CASE WHEN s.status IN ${LIVE} AND ${DATED} THEN s.end_at END)`,
  live_subscriptions: count(ACTIVE_OF_TYPE("subscription")),
  live_trials: count(ACTIVE_OF_TYPE("trial")),
  suspended_count: count("s.status = 'suspended'"),
  pending_setup_count: count("s.status = 'pending_setup'"),
  open_ended_trials: count(`${ACTIVE_OF_TYPE("trial")} AND ${OPEN_ENDED}`),
  last_trial_end_at: latest(`${ACTIVE_OF_TYPE("trial")} AND ${DATED}`),
  open_ended_subscriptions: count(`${ACTIVE_OF_TYPE("subscription")} AND ${OPEN_ENDED}`),
  last_subscription_end_at: latest(`${ACTIVE_OF_TYPE("subscription")} AND ${DATED}`),
  last_end_at: latest(`s.status = 'active' AND ${DATED}`),
};

const FAMILY_COLUMNS: Record<string, string> = Object.fromEntries(ANALYTICS_FAMILIES.flatMap((family) => {
  const [openEnded, lastEnd] = familyColumns(family);
  return [
    [openEnded!, `SUM(CASE WHEN x.family = '${family}' AND (x.auto_renew = true OR x.end_at IS NULL) THEN 1 ELSE 0 END)`],
    [lastEnd!, `MAX(CASE WHEN x.family = '${family}' AND x.auto_renew = false AND x.end_at IS NOT NULL THEN x.end_at END)`],
  ];
}));

/** `UPDATE customers SET … FROM (aggregate over \`from\`, grouped by customer) a`, narrowed by `where`. */
function updateFrom(columns: Record<string, string>, from: string, where: string): string {
  const names = Object.keys(columns);
  return `UPDATE customers SET ${names.map((n) => `${n} = a.${n}`).join(", ")}
FROM (SELECT customer_id, ${names.map((n) => `${columns[n]} AS ${n}`).join(", ")} FROM ${from} ${where} GROUP BY customer_id) a
WHERE a.customer_id = customers.id`;
}

/** The customer rollup statements; `ids` (a SQL list) narrows each to some customers. */
function customerRollupStatements(ids?: string): string[] {
  const only = (column: string) => (ids ? `WHERE ${column} IN (${ids})` : "");
  return [
    `${RESET_SQL} ${ids ? `WHERE customers.id IN (${ids})` : ""}`,
    updateFrom(SUBSCRIPTION_COLUMNS, "subscriptions s", only("s.customer_id")),
    updateFrom(
      { overage_lines: "COUNT(*)" },
      `(SELECT s.customer_id FROM license_lines l JOIN subscriptions s ON s.id = l.subscription_id
        WHERE s.status IN ${LIVE} AND l.assigned > l.total ${ids ? `AND s.customer_id IN (${ids})` : ""}) o`,
      "",
    ),
    // Reads subscription_family_rollups, so it runs after that table is rewritten.
    updateFrom(FAMILY_COLUMNS, "subscription_family_rollups x", only("x.customer_id")),
  ];
}

// Only lines of `active` subscriptions: every analytics question on lines asks for subscriptions
// in force, which are active. The ratio orders lines for the low-assignment percentile; the
// comparisons themselves stay in integers (licenseScope.ts).
const LINE_ROLLUP_SQL = `
INSERT INTO license_line_rollups
  (subscription_id, product, family, customer_id, start_at, end_at, auto_renew, total, assigned, used, overage, ratio)
SELECT l.subscription_id, l.product, l.family, s.customer_id, s.start_at, s.end_at, s.auto_renew, l.total, l.assigned, l.used,
  l.assigned - l.total, CASE WHEN l.total > 0 THEN CAST(l.assigned AS DOUBLE PRECISION) / l.total END
FROM subscriptions s JOIN license_lines l ON l.subscription_id = s.id
WHERE s.status = 'active'`;

// The customer's name_key rides along so that newest-first pages break ties without a join to
// customers (7,908 rows tied on one start date at 50,000 customers); a rename marks the customer
// touched (landSubscriptions.ts), so its rows are rewritten with the new key.
const FAMILY_ROLLUP_SQL = `
INSERT INTO subscription_family_rollups (subscription_id, family, customer_id, name_key, start_at, end_at, auto_renew, total, assigned, used)
SELECT r.subscription_id, r.family, r.customer_id, c.name_key, r.start_at, r.end_at, r.auto_renew, SUM(r.total), SUM(r.assigned), SUM(r.used)
FROM license_line_rollups r JOIN customers c ON c.id = r.customer_id`;
const FAMILY_ROLLUP_GROUPS = "GROUP BY r.subscription_id, r.family, r.customer_id, c.name_key, r.start_at, r.end_at, r.auto_renew";

// Past this many customers a refresh is a bulk load: the planners need fresh statistics.
const BULK_REFRESH = 1000;

/** Recomputes the rollups of every customer (or of `customerIds`). */
/** `statement` with its {n} markers bound to `ids` as parameters (placeholders differ per engine). */
function withIds(statement: string, ids: readonly string[]): Prisma.Sql {
  const parts = statement.split(/\{(\d+)\}/);
  const strings = parts.filter((_, i) => i % 2 === 0);
  const values = parts.filter((_, i) => i % 2 === 1).map((n) => ids[Number(n)]!);
  return Prisma.sql(strings, ...values);
}

export async function customerCount(db: Pick<Db, "$queryRawUnsafe">): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: unknown }[]>("SELECT COUNT(*) AS n FROM customers");
  return Number(row?.n ?? 0);
}

/** Returns true when it rewrote everything (license_weeks included, every week of it). */
export async function refreshCustomerRollups(db: Executor, customerIds?: readonly string[]): Promise<boolean> {
  // Lines first: the family sums and the customers' family bounds are computed from them.
  // When a report touched most customers, recomputing everything in one pass is cheaper than
  // chunked IN lists (25,000 of 25,000 customers: 3.2 s chunked on SQLite).
  const whole = !customerIds || (customerIds.length > BULK_REFRESH && customerIds.length * 2 > await customerCount(db));
  if (whole) {
    await db.$executeRawUnsafe("DELETE FROM license_line_rollups");
    await db.$executeRawUnsafe("DELETE FROM subscription_family_rollups");
    await withoutSecondaryIndexes(db, ["license_line_rollups", "subscription_family_rollups"], async () => {
      await db.$executeRawUnsafe(LINE_ROLLUP_SQL);
      await db.$executeRawUnsafe(`${FAMILY_ROLLUP_SQL} ${FAMILY_ROLLUP_GROUPS}`);
    });
    for (const statement of customerRollupStatements()) await db.$executeRawUnsafe(statement);
    await refreshLicenseWeeks(db);
  } else {
    // Bound the IN list: SQLite allows 32,766 parameters, PostgreSQL 65,535.
    for (let i = 0; i < customerIds.length; i += 5000) {
      const ids = Prisma.join(customerIds.slice(i, i + 5000));
      // A subscription that moved to another customer leaves with either of them (two
      // statements: PostgreSQL plans an OR of both as a scan of the whole table).
      for (const table of ["license_line_rollups", "subscription_family_rollups"]) {
        await db.$executeRaw(Prisma.sql`DELETE FROM ${Prisma.raw(table)} WHERE customer_id IN (${ids})`);
        await db.$executeRaw(Prisma.sql`DELETE FROM ${Prisma.raw(table)}
          WHERE subscription_id IN (SELECT s.id FROM subscriptions s WHERE s.customer_id IN (${ids}))`);
      }
      await db.$executeRaw(Prisma.sql`${Prisma.raw(LINE_ROLLUP_SQL)} AND s.customer_id IN (${ids})`);
      await db.$executeRaw(Prisma.sql`${Prisma.raw(FAMILY_ROLLUP_SQL)} WHERE r.customer_id IN (${ids}) ${Prisma.raw(FAMILY_ROLLUP_GROUPS)}`);
      const placeholders = customerIds.slice(i, i + 5000);
      for (const statement of customerRollupStatements(placeholders.map((_, n) => `{${n}}`).join(", "))) {
        await db.$executeRaw(withIds(statement, placeholders));
      }
      await refreshLicenseWeeks(db, customerIds.slice(i, i + 5000));
    }
  }
  if (!customerIds || customerIds.length > BULK_REFRESH) await analyzeStore(db);
  return whole;
}
