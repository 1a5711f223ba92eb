// Two dated snapshots a week apart for the benchmarks: the newest is the seeded store as it is,
// the older one the same store with a deterministic share of it different (auto-renew on, still
// active, fewer licenses, not yet over the limit, not yet a customer), so `changes` has a
// realistic amount to find.
import { Prisma } from "../prisma/generated/sqlite/client.js";
import type { Db } from "../domain/store/client.js";
import { DAY_MS } from "../domain/clock.js";

const LINES = Prisma.raw(`(SELECT l.subscription_id, SUM(l.total) AS total, SUM(l.assigned) AS assigned,
  SUM(CASE WHEN l.assigned > l.total THEN l.assigned - l.total ELSE 0 END) AS overage FROM license_lines l GROUP BY l.subscription_id)`);
const COLUMNS = Prisma.raw("(taken_at, subscription_id, customer_id, type, status, end_at, auto_renew, total, assigned, overage)");

export async function seedDatedSnapshots(db: Db, now: Date): Promise<void> {
  const older = new Date(now.getTime() - 7 * DAY_MS);
  await db.$executeRaw(Prisma.sql`INSERT INTO dated_snapshots ${COLUMNS}
    SELECT ${now}, s.id, s.customer_id, s.type, s.status, s.end_at, s.auto_renew, COALESCE(x.total, 0), COALESCE(x.assigned, 0), COALESCE(x.overage, 0)
    FROM subscriptions s LEFT JOIN ${LINES} x ON x.subscription_id = s.id`);
  await db.$executeRaw(Prisma.sql`INSERT INTO dated_snapshots ${COLUMNS}
    SELECT ${older}, d.subscription_id, d.customer_id, d.type,
      CASE WHEN d.k % 13 = 0 THEN 'active' ELSE d.status END, d.end_at,
      CASE WHEN d.k % 17 = 0 THEN true ELSE d.auto_renew END,
      CASE WHEN d.k % 11 = 0 THEN d.total * 8 / 10 ELSE d.total END, d.assigned,
      CASE WHEN d.k % 7 = 0 THEN 0 ELSE d.overage END
    FROM (SELECT x.*, ROW_NUMBER() OVER (ORDER BY x.subscription_id) AS k FROM dated_snapshots x WHERE x.taken_at = ${now}) d
    WHERE d.k % 29 <> 0`);
}
