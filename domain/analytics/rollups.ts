// Rollups, rewritten in the same transaction as every import, sync or seed. Partner data changes
// only then, so the analytics can compare a few columns with "now" instead of joining
// subscriptions and licenses on every question:
// - per license line of an `active` subscription: the line beside its subscription's customer
//   and dates (license_line_rollups: low assignment, over limit, the KPI strip);
// - per family of an `active` subscription: the sums of those lines (subscription_family_rollups:
//   the recently added, about to expire and about to renew sections);
// - per customer: counts and time-free date bounds of its subscriptions, overall (statuses.ts)
//   and per analytics family (the KPI strip's customers).
// test/domain/analytics/rollups.test.ts compares both with a fresh computation.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import type { Db } from "../store/client.js";
import { analyzeStore } from "../store/analyze.js";
import { ANALYTICS_FAMILIES, type AnalyticsFamily } from "./types.js";

type Executor = Pick<Db, "$executeRaw" | "$executeRawUnsafe">;

// Statuses that still count as a live contract (not expired, not cancelled).
const LIVE = "('active', 'suspended', 'pending_setup')";

// `(s.status || '')` keeps SQLite's planner on subscriptions(customer_id): without statistics it
// otherwise picks the status index and scans every live subscription per customer (quadratic;
// 4,000 customers took 17 s, see bench/import.bench.ts). Same meaning on PostgreSQL.
const ACTIVE_OF_TYPE = (type: string) => `s.customer_id = customers.id AND (s.type || '') = '${type}' AND (s.status || '') = 'active'`;
const OPEN_ENDED = "(s.auto_renew = true OR s.end_at IS NULL)";
const DATED = "s.auto_renew = false AND s.end_at IS NOT NULL";

// The same `(x.family || '')` guard as above keeps SQLite on the customer_id index. Reads
// subscription_family_rollups, so it runs after that table is rewritten.
function familyBounds(family: AnalyticsFamily): string {
  const rows = `FROM subscription_family_rollups x WHERE x.customer_id = customers.id AND (x.family || '') = '${family}'`;
  return `${family}_open_ended = (SELECT COUNT(*) ${rows} AND (x.auto_renew = true OR x.end_at IS NULL)),
  ${family}_last_end_at = (SELECT MAX(x.end_at) ${rows} AND x.auto_renew = false AND x.end_at IS NOT NULL)`;
}

const CUSTOMER_ROLLUP_SQL = `
UPDATE customers SET
  next_end_at = (SELECT MIN(s.end_at) FROM subscriptions s
                 WHERE s.customer_id = customers.id AND (s.status || '') IN ${LIVE}
                   AND s.end_at IS NOT NULL AND s.auto_renew = false),
  live_subscriptions = (SELECT COUNT(*) FROM subscriptions s WHERE ${ACTIVE_OF_TYPE("subscription")}),
  live_trials = (SELECT COUNT(*) FROM subscriptions s WHERE ${ACTIVE_OF_TYPE("trial")}),
  suspended_count = (SELECT COUNT(*) FROM subscriptions s
                 WHERE s.customer_id = customers.id AND (s.status || '') = 'suspended'),
  pending_setup_count = (SELECT COUNT(*) FROM subscriptions s
                 WHERE s.customer_id = customers.id AND (s.status || '') = 'pending_setup'),
  overage_lines = (SELECT COUNT(*) FROM license_lines l JOIN subscriptions s ON s.id = l.subscription_id
                 WHERE s.customer_id = customers.id AND (s.status || '') IN ${LIVE} AND l.assigned > l.total),
  open_ended_trials = (SELECT COUNT(*) FROM subscriptions s WHERE ${ACTIVE_OF_TYPE("trial")} AND ${OPEN_ENDED}),
  last_trial_end_at = (SELECT MAX(s.end_at) FROM subscriptions s WHERE ${ACTIVE_OF_TYPE("trial")} AND ${DATED}),
  open_ended_subscriptions = (SELECT COUNT(*) FROM subscriptions s WHERE ${ACTIVE_OF_TYPE("subscription")} AND ${OPEN_ENDED}),
  last_subscription_end_at = (SELECT MAX(s.end_at) FROM subscriptions s WHERE ${ACTIVE_OF_TYPE("subscription")} AND ${DATED}),
  last_end_at = (SELECT MAX(s.end_at) FROM subscriptions s
                 WHERE s.customer_id = customers.id AND (s.status || '') = 'active' AND ${DATED}),
  ${ANALYTICS_FAMILIES.map(familyBounds).join(",\n  ")}`;

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

const FAMILY_ROLLUP_SQL = `
INSERT INTO subscription_family_rollups (subscription_id, family, customer_id, start_at, end_at, auto_renew, total, assigned, used)
SELECT r.subscription_id, r.family, r.customer_id, r.start_at, r.end_at, r.auto_renew, SUM(r.total), SUM(r.assigned), SUM(r.used)
FROM license_line_rollups r`;
const FAMILY_ROLLUP_GROUPS = "GROUP BY r.subscription_id, r.family, r.customer_id, r.start_at, r.end_at, r.auto_renew";

// Past this many customers a refresh is a bulk load: the planners need fresh statistics.
const BULK_REFRESH = 1000;

/** Recomputes the rollups of every customer (or of `customerIds`). */
export async function refreshCustomerRollups(db: Executor, customerIds?: readonly string[]): Promise<void> {
  // Lines first: the family sums and the customers' family bounds are computed from them.
  if (!customerIds) {
    await db.$executeRawUnsafe("DELETE FROM license_line_rollups");
    await db.$executeRawUnsafe("DELETE FROM subscription_family_rollups");
    await db.$executeRawUnsafe(LINE_ROLLUP_SQL);
    await db.$executeRawUnsafe(`${FAMILY_ROLLUP_SQL} ${FAMILY_ROLLUP_GROUPS}`);
    await db.$executeRawUnsafe(CUSTOMER_ROLLUP_SQL);
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
      await db.$executeRaw(Prisma.sql`${Prisma.raw(CUSTOMER_ROLLUP_SQL)} WHERE customers.id IN (${ids})`);
    }
  }
  if (!customerIds || customerIds.length > BULK_REFRESH) await analyzeStore(db);
}
