// Per-customer rollups, rewritten in the same transaction as every import, sync or seed.
// Partner data changes only then, so the customer list can compare a few columns with "now"
// instead of joining subscriptions and licenses on every question. test/domain/analytics
// compares these columns with a fresh computation.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import type { Db } from "../store/client.js";

type Executor = Pick<Db, "$executeRaw" | "$executeRawUnsafe">;

// Statuses that still count as a live contract (not expired, not cancelled).
const LIVE = "('active', 'suspended', 'pending_setup')";

// `(s.status || '')` keeps SQLite's planner on subscriptions(customer_id): without statistics it
// otherwise picks the status index and scans every live subscription per customer (quadratic;
// 4,000 customers took 17 s, see bench/import.bench.ts). Same meaning on PostgreSQL.
const ROLLUP_SQL = `
UPDATE customers SET
  next_end_at = (SELECT MIN(s.end_at) FROM subscriptions s
                 WHERE s.customer_id = customers.id AND (s.status || '') IN ${LIVE}
                   AND s.end_at IS NOT NULL AND s.auto_renew = false),
  live_subscriptions = (SELECT COUNT(*) FROM subscriptions s
                 WHERE s.customer_id = customers.id AND (s.type || '') = 'subscription' AND (s.status || '') = 'active'),
  live_trials = (SELECT COUNT(*) FROM subscriptions s
                 WHERE s.customer_id = customers.id AND (s.type || '') = 'trial' AND (s.status || '') = 'active'),
  suspended_count = (SELECT COUNT(*) FROM subscriptions s
                 WHERE s.customer_id = customers.id AND (s.status || '') = 'suspended'),
  pending_setup_count = (SELECT COUNT(*) FROM subscriptions s
                 WHERE s.customer_id = customers.id AND (s.status || '') = 'pending_setup'),
  overage_lines = (SELECT COUNT(*) FROM license_lines l JOIN subscriptions s ON s.id = l.subscription_id
                 WHERE s.customer_id = customers.id AND (s.status || '') IN ${LIVE} AND l.assigned > l.total)`;

/** Recomputes the rollup columns of every customer (or of `customerIds`). */
export async function refreshCustomerRollups(db: Executor, customerIds?: readonly string[]): Promise<void> {
  if (!customerIds) {
    await db.$executeRawUnsafe(ROLLUP_SQL);
    return;
  }
  // Bound the IN list: SQLite allows 32,766 parameters, PostgreSQL 65,535.
  for (let i = 0; i < customerIds.length; i += 5000) {
    const chunk = customerIds.slice(i, i + 5000);
    await db.$executeRaw(Prisma.sql`${Prisma.raw(ROLLUP_SQL)} WHERE customers.id IN (${Prisma.join(chunk)})`);
  }
}
